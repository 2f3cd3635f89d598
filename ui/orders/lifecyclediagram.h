#pragma once

#include "models/orders/lifecyclelayout.h"

#include <QGraphicsView>

class QGraphicsScene;

namespace crmbridge {

/// The lifecycle drawn as a state diagram: states as rounded boxes laid out left to right by
/// reachability (LifecycleLayout), the initial state with a bold border, final states with a
/// double border, unreachable states dashed and red, and one labelled arrow per transition
/// (curved when it goes back, sideways within a column or has a twin the other way; a loop
/// when it stays).
class LifecycleDiagram : public QGraphicsView
{
    Q_OBJECT

public:
    explicit LifecycleDiagram(QWidget *parent = nullptr);

    void setLifecycle(const orders::Lifecycle &lifecycle);
    const LifecycleLayout &layout() const { return m_layout; }
    /// Scales the drawing to fit the view (kept on resize).
    void fit();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QGraphicsScene *m_scene;
    orders::Lifecycle m_lifecycle;
    LifecycleLayout m_layout;
};

} // namespace crmbridge
