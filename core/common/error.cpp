#include "core/common/error.h"

namespace crmbridge {

QString Error::message() const
{
    // The joins are translatable too: Chinese uses full-width brackets and its own full stop.
    QString text = what;
    if (!where.isEmpty())
        text = QCoreApplication::translate("crmbridge::Error", "%1 (%2)").arg(text, where);
    if (!hint.isEmpty()) {
        const bool ended = text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002));
        text = ended ? QCoreApplication::translate("crmbridge::Error", "%1 %2").arg(text, hint)
                     : QCoreApplication::translate("crmbridge::Error", "%1. %2").arg(text, hint);
    }
    return text;
}

static Error make(Error::Kind kind, QString what, QString where, QString hint)
{
    Error e;
    e.kind = kind;
    e.what = std::move(what);
    e.where = std::move(where);
    e.hint = std::move(hint);
    return e;
}

Error Error::input(QString what, QString where, QString hint)
{
    return make(Kind::Input, std::move(what), std::move(where), std::move(hint));
}

Error Error::config(QString what, QString where, QString hint)
{
    return make(Kind::Config, std::move(what), std::move(where), std::move(hint));
}

Error Error::io(QString what, QString where, QString hint)
{
    return make(Kind::Io, std::move(what), std::move(where), std::move(hint));
}

Error Error::notFound(QString what, QString where, QString hint)
{
    return make(Kind::NotFound, std::move(what), std::move(where), std::move(hint));
}

Error Error::usage(QString what, QString hint)
{
    return make(Kind::Usage, std::move(what), {}, std::move(hint));
}

Error Error::internal(QString what, QString where)
{
    return make(Kind::Internal, std::move(what), std::move(where), {});
}

} // namespace crmbridge
