#include "ui/shell/page.h"

#include <QEvent>

namespace crmbridge {

Page::Page(QWidget *parent) : QWidget(parent) { }

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace crmbridge
