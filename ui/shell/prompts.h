#pragma once

#include <QMessageBox>
#include <QQueue>
#include <QString>
#include <QStringList>
#include <QVariant>

class QWidget;

namespace crmbridge {

/// Every question the window asks the user (file dialogs, message boxes) goes through here, so
/// that tests can answer them: STYLE.md habit 8.
class Prompts
{
public:
    virtual ~Prompts() = default;

    virtual QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter) = 0;
    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    /// One line of text (e.g. a URL); empty when the user cancels.
    virtual QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial) = 0;
};

/// The real dialogs.
class DialogPrompts : public Prompts
{
public:
    QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter) override;
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial) override;
};

/// Answers from a queue ("next answer" hook) and records what was shown. For tests.
class ScriptedPrompts : public Prompts
{
public:
    QQueue<QString> fileNames;
    QQueue<QString> texts;
    QQueue<QMessageBox::StandardButton> answers;
    QStringList shownErrors;
    QStringList shownInformation;

    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override;
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override;
    QMessageBox::StandardButton question(QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton defaultButton) override;
    void error(QWidget *, const QString &title, const QString &text) override;
    void information(QWidget *, const QString &title, const QString &text) override;
    QString text(QWidget *, const QString &, const QString &, const QString &) override;
};

} // namespace crmbridge
