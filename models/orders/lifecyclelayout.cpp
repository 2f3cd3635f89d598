#include "models/orders/lifecyclelayout.h"

#include <QHash>
#include <QQueue>

namespace crmbridge {

using namespace orders;

const LifecycleLayout::Node *LifecycleLayout::node(const QString &id) const
{
    for (const Node &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

QStringList LifecycleLayout::unreachable() const
{
    QStringList ids;
    for (const Node &n : nodes) {
        if (!n.reachable)
            ids.append(n.id);
    }
    return ids;
}

LifecycleLayout LifecycleLayout::compute(const Lifecycle &lifecycle)
{
    LifecycleLayout layout;
    QHash<QString, int> depth;
    QString initial;
    for (const LifecycleState &s : lifecycle.states) {
        if (s.initial) {
            initial = s.id;
            break;
        }
    }
    if (initial.isEmpty() && !lifecycle.states.isEmpty())
        initial = lifecycle.states.first().id;

    if (!initial.isEmpty()) {
        QQueue<QString> queue;
        depth.insert(initial, 0);
        queue.enqueue(initial);
        while (!queue.isEmpty()) {
            const QString current = queue.dequeue();
            for (const LifecycleTransition &t : lifecycle.transitions) {
                if (!t.from.contains(current) || depth.contains(t.to) || !lifecycle.state(t.to))
                    continue;
                depth.insert(t.to, depth.value(current) + 1);
                queue.enqueue(t.to);
            }
        }
    }
    // A final state (closed, cancelled) sits one column right of its furthest predecessor, so
    // a "cancel from anywhere" state lands at the end of the flow instead of under the second
    // state, where every arrow to it would cross the others.
    for (const LifecycleState &s : lifecycle.states) {
        if (!s.final || !depth.contains(s.id) || s.id == initial)
            continue;
        int furthest = -1;
        for (const LifecycleTransition &t : lifecycle.transitions) {
            if (t.to != s.id)
                continue;
            for (const QString &from : t.from) {
                const LifecycleState *source = lifecycle.state(from);
                if (source && !source->final && depth.contains(from))
                    furthest = std::max(furthest, depth.value(from));
            }
        }
        if (furthest >= 0)
            depth[s.id] = furthest + 1;
    }
    int maxDepth = -1;
    for (int d : std::as_const(depth))
        maxDepth = std::max(maxDepth, d);

    QHash<int, int> rowsInColumn;
    for (const LifecycleState &s : lifecycle.states) {
        Node n;
        n.id = s.id;
        n.label = s.label.isEmpty() ? s.id : s.label;
        n.initial = s.initial;
        n.final = s.final;
        n.reachable = depth.contains(s.id);
        n.column = n.reachable ? depth.value(s.id) : maxDepth + 1;
        n.row = rowsInColumn[n.column]++;
        layout.columns = std::max(layout.columns, n.column + 1);
        layout.rows = std::max(layout.rows, n.row + 1);
        layout.nodes.append(n);
    }
    for (const LifecycleTransition &t : lifecycle.transitions) {
        if (!lifecycle.state(t.to))
            continue;
        for (const QString &from : t.from) {
            if (!lifecycle.state(from))
                continue;
            layout.edges.append(Edge { t.name, t.label.isEmpty() ? t.name : t.label, from, t.to });
        }
    }
    return layout;
}

} // namespace crmbridge
