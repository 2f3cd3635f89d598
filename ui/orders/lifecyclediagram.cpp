#include "ui/orders/lifecyclediagram.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPainterPath>
#include <QPen>
#include <QtMath>

namespace crmbridge {

namespace {

constexpr qreal NodeWidth = 150;
constexpr qreal NodeHeight = 54;
constexpr qreal ColumnGap = 110;
constexpr qreal RowGap = 70;

QPointF boundaryPoint(const QRectF &rect, const QPointF &towards)
{
    // Where the line from the centre towards `towards` leaves the (rounded) box.
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = d.x() == 0 ? 1e9 : (rect.width() / 2) / qAbs(d.x());
    const qreal sy = d.y() == 0 ? 1e9 : (rect.height() / 2) / qAbs(d.y());
    const qreal s = std::min(sx, sy);
    return c + d * s;
}

QPainterPath arrowHead(const QPointF &tip, const QPointF &from)
{
    const QPointF d = tip - from;
    const qreal length = std::hypot(d.x(), d.y());
    QPainterPath head;
    if (length < 0.01)
        return head;
    const QPointF u = d / length;
    const QPointF n(-u.y(), u.x());
    const qreal size = 9;
    head.moveTo(tip);
    head.lineTo(tip - u * size + n * size * 0.45);
    head.lineTo(tip - u * size - n * size * 0.45);
    head.closeSubpath();
    return head;
}

} // namespace

LifecycleDiagram::LifecycleDiagram(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setMinimumHeight(100);
}

void LifecycleDiagram::setLifecycle(const orders::Lifecycle &lifecycle)
{
    m_lifecycle = lifecycle;
    rebuild();
}

void LifecycleDiagram::rebuild()
{
    m_scene->clear();
    m_layout = LifecycleLayout::compute(m_lifecycle);
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor boxFill = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor bad(0xc0, 0x30, 0x30);

    QHash<QString, QRectF> boxes;
    for (const LifecycleLayout::Node &n : std::as_const(m_layout.nodes)) {
        const QRectF rect(n.column * (NodeWidth + ColumnGap), n.row * (NodeHeight + RowGap), NodeWidth,
                          NodeHeight);
        boxes.insert(n.id, rect);
        QPainterPath shape;
        shape.addRoundedRect(rect, 12, 12);
        auto *box = m_scene->addPath(shape);
        QPen pen(n.reachable ? (n.initial ? accent : ink) : bad, n.initial ? 2.5 : 1.3);
        if (!n.reachable)
            pen.setStyle(Qt::DashLine);
        box->setPen(pen);
        box->setBrush(n.reachable ? boxFill : QColor(0xfb, 0xe9, 0xe7));
        box->setZValue(1);
        box->setData(0, n.id);
        if (n.final) {
            QPainterPath inner;
            inner.addRoundedRect(rect.adjusted(4, 4, -4, -4), 9, 9);
            auto *ring = m_scene->addPath(inner, QPen(ink, 1));
            ring->setZValue(2);
        }
        auto *label = m_scene->addSimpleText(n.label);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setBrush(n.reachable ? ink : bad);
        QString second = n.id;
        if (!n.reachable)
            second = tr("%1 · unreachable").arg(n.id);
        auto *id = m_scene->addSimpleText(second);
        QFont small = id->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        id->setFont(small);
        id->setBrush(n.reachable ? pal.color(QPalette::PlaceholderText) : bad);
        const qreal top =
            rect.top() + (rect.height() - label->boundingRect().height() - id->boundingRect().height()) / 2;
        label->setPos(rect.center().x() - label->boundingRect().width() / 2, top);
        id->setPos(rect.center().x() - id->boundingRect().width() / 2, top + label->boundingRect().height());
        label->setZValue(3);
        id->setZValue(3);
    }

    // Edges. A pair of states joined both ways, or an edge that is not a plain step to the next
    // column, is drawn as a curve bulging to the left of its direction, so twins never overlap
    // and long edges go around the boxes between.
    QHash<QString, int> seen; // from→to: how many edges drawn already (parallel edges spread)
    QHash<QString, int> loops;
    qreal top = 0;
    qreal bottom = 0;
    for (const QRectF &box : std::as_const(boxes)) {
        top = std::min(top, box.top());
        bottom = std::max(bottom, box.bottom());
    }
    int lanesBelow = 0;
    int lanesAbove = 0;
    for (const LifecycleLayout::Edge &e : std::as_const(m_layout.edges)) {
        const QRectF a = boxes.value(e.from);
        const QRectF b = boxes.value(e.to);
        const LifecycleLayout::Node *na = m_layout.node(e.from);
        const LifecycleLayout::Node *nb = m_layout.node(e.to);
        QPainterPath path;
        QPointF labelAt;
        QPointF tip;
        QPointF tail;
        if (e.selfLoop()) {
            const int k = loops[e.from]++;
            const qreal spread = 22 + 14 * k;
            const QPointF start(a.center().x() - 18, a.top());
            tip = QPointF(a.center().x() + 18, a.top());
            const QPointF c1(start.x() - spread, start.y() - 34 - 12 * k);
            const QPointF c2(tip.x() + spread, tip.y() - 34 - 12 * k);
            path.moveTo(start);
            path.cubicTo(c1, c2, tip);
            tail = c2;
            labelAt = path.pointAtPercent(0.5) + QPointF(0, -4);
        } else if (qAbs(nb->column - na->column) > 1) {
            // A long edge would cross the boxes between: it runs in a lane under every box (when it
            // goes down or stays level below row 0) or over them, entering the target vertically.
            const bool below = nb->row > na->row || (nb->row == na->row && na->row > 0);
            const qreal lane = below ? bottom + 30 + 16 * lanesBelow++ : top - 30 - 16 * lanesAbove++;
            const QPointF start(a.center().x() + (nb->column > na->column ? 20 : -20),
                                below ? a.bottom() : a.top());
            tip =
                QPointF(b.center().x() + (nb->column > na->column ? -20 : 20), below ? b.bottom() : b.top());
            path.moveTo(start);
            path.cubicTo(QPointF(start.x(), lane), QPointF(tip.x(), lane), tip);
            tail = QPointF(tip.x(), lane);
            labelAt = path.pointAtPercent(0.5);
        } else {
            const QString key = e.from + u'>' + e.to;
            const int k = seen[key]++;
            bool twin = false;
            for (const LifecycleLayout::Edge &other : std::as_const(m_layout.edges)) {
                if (other.from == e.to && other.to == e.from)
                    twin = true;
            }
            const int dc = nb->column - na->column;
            const bool plain = dc == 1 && na->row == nb->row && !twin;
            const QPointF p0 = a.center();
            const QPointF p1 = b.center();
            const QPointF d = p1 - p0;
            const qreal length = std::hypot(d.x(), d.y());
            const QPointF n = length > 0 ? QPointF(d.y(), -d.x()) / length : QPointF(0, -1);
            qreal bulge = 0;
            if (!plain) {
                bulge = twin ? 26 : 40;
                if (na->row == nb->row && qAbs(dc) > 1)
                    bulge = 45 + 25 * (qAbs(dc) - 1); // around the boxes in between
                if (dc < 0)
                    bulge = std::max(bulge, 60.0);
            }
            bulge += 16 * k;
            const QPointF control = (p0 + p1) / 2 + n * bulge * 2;
            const QPointF start = boundaryPoint(a, bulge == 0 ? p1 : control);
            tip = boundaryPoint(b, bulge == 0 ? p0 : control);
            path.moveTo(start);
            if (bulge == 0) {
                path.lineTo(tip);
                tail = start;
            } else {
                path.quadTo(control, tip);
                tail = control;
            }
            labelAt = path.pointAtPercent(0.5);
        }
        auto *line = m_scene->addPath(path, QPen(ink, 1.2));
        line->setZValue(0);
        auto *head = m_scene->addPath(arrowHead(tip, tail), QPen(ink, 1), QBrush(ink));
        head->setZValue(0);
        auto *text = m_scene->addSimpleText(e.label);
        text->setBrush(ink);
        const QRectF textBox = text->boundingRect();
        text->setPos(labelAt - QPointF(textBox.width() / 2, textBox.height() / 2));
        text->setZValue(4);
        auto *back = m_scene->addRect(text->sceneBoundingRect().adjusted(-3, -1, 3, 1), Qt::NoPen,
                                      QBrush(pal.color(QPalette::Window)));
        back->setZValue(3.5);
        back->setToolTip(e.transition);
        text->setToolTip(tr("%1: %2 → %3").arg(e.transition, e.from, e.to));
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fit();
}

void LifecycleDiagram::fit()
{
    if (m_scene->items().isEmpty())
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small lifecycle up past its natural size, nor shrink the labels past reading:
    // a big one scrolls (and pans by dragging) instead.
    const qreal scale = transform().m11();
    if (scale > 1.0 || scale < 0.75) {
        resetTransform();
        if (scale < 0.75)
            QGraphicsView::scale(0.75, 0.75);
    }
}

void LifecycleDiagram::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void LifecycleDiagram::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace crmbridge
