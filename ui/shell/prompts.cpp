#include "ui/shell/prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

namespace crmbridge {

QString DialogPrompts::openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString DialogPrompts::saveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

QMessageBox::StandardButton DialogPrompts::question(QWidget *parent, const QString &title, const QString &text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void DialogPrompts::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

void DialogPrompts::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

QString DialogPrompts::text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial).trimmed();
}

QString ScriptedPrompts::text(QWidget *, const QString &, const QString &, const QString &)
{
    return texts.isEmpty() ? QString() : texts.dequeue();
}

QString ScriptedPrompts::openFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return fileNames.isEmpty() ? QString() : fileNames.dequeue();
}

QString ScriptedPrompts::saveFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return fileNames.isEmpty() ? QString() : fileNames.dequeue();
}

QMessageBox::StandardButton ScriptedPrompts::question(QWidget *, const QString &, const QString &,
                                                      QMessageBox::StandardButtons,
                                                      QMessageBox::StandardButton defaultButton)
{
    return answers.isEmpty() ? defaultButton : answers.dequeue();
}

void ScriptedPrompts::error(QWidget *, const QString &, const QString &text)
{
    shownErrors.append(text);
}

void ScriptedPrompts::information(QWidget *, const QString &, const QString &text)
{
    shownInformation.append(text);
}

} // namespace crmbridge
