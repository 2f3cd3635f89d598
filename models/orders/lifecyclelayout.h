#pragma once

#include "core/orders/lifecycle.h"

#include <QList>
#include <QString>

namespace crmbridge {

/// Where the state diagram puts things: states in columns by their distance from the initial
/// state (breadth-first over the transitions, so the main path reads left to right; a final state
/// one column right of its furthest predecessor), in lifecycle order within a column; states the initial one
/// cannot reach get a column of their own at the right and are marked. One edge per (transition, from-state)
/// pair. Pure computation; ui/orders draws it.
struct LifecycleLayout
{
    struct Node
    {
        QString id;
        QString label;
        int column = 0;
        int row = 0;
        bool reachable = true;
        bool initial = false;
        bool final = false;
    };
    struct Edge
    {
        QString transition;
        QString label;
        QString from;
        QString to;
        bool selfLoop() const { return from == to; }
    };

    QList<Node> nodes;
    QList<Edge> edges;
    int columns = 0;
    int rows = 0;

    const Node *node(const QString &id) const;
    QStringList unreachable() const;

    static LifecycleLayout compute(const orders::Lifecycle &lifecycle);
};

} // namespace crmbridge
