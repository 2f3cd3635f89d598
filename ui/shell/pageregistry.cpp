#include "ui/shell/pageregistry.h"

#include <algorithm>

namespace crmbridge {

void PageRegistry::add(PageFactory factory)
{
    m_factories.append(std::move(factory));
}

QList<PageFactory> PageRegistry::factories() const
{
    QList<PageFactory> sorted = m_factories;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PageFactory &a, const PageFactory &b) { return a.order < b.order; });
    return sorted;
}

} // namespace crmbridge
