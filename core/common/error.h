#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace crmbridge {

/// An error as it crosses the core boundary: a value, never a dialog. Every error a user can
/// meet says what failed, where (file, record, field, line, URL) and what to do about it.
struct Error
{
    enum class Kind {
        Usage,       ///< the caller asked for something malformed (bad option, bad argument)
        Input,       ///< a file or a value given to us is not what it must be
        Config,      ///< the workspace or an object in it is not usable as configured
        NotFound,    ///< something named does not exist
        Io,          ///< reading or writing a file failed
        Network,     ///< a request did not get an answer
        Server,      ///< a peer answered with an error
        Interrupted, ///< the user or a signal stopped the work
        Internal,    ///< a bug: should not happen
    };

    Kind kind = Kind::Internal;
    QString what;  ///< what failed, as one sentence
    QString where; ///< the file, record, field, line or URL
    QString hint;  ///< what the user can do about it
    /// Machine-readable facts for callers that react to a specific failure, e.g. a SOAP fault:
    /// {"kind": "soap-fault", "code": "INVALID_TRANSITION", "faultcode": "soap:Client",
    /// "faultstring": "…", "detail": {…}, "httpStatus": 500}. Empty for most errors; never shown
    /// as is and never holding a secret.
    QJsonObject details;

    /// One line: "what (where). hint" — what the CLI prints and the window shows.
    QString message() const;

    static Error input(QString what, QString where = {}, QString hint = {});
    static Error config(QString what, QString where = {}, QString hint = {});
    static Error io(QString what, QString where = {}, QString hint = {});
    static Error notFound(QString what, QString where = {}, QString hint = {});
    static Error usage(QString what, QString hint = {});
    static Error internal(QString what, QString where = {});
};

} // namespace crmbridge
