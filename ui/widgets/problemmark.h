#pragma once

#include <QString>

class QWidget;

/// The red frame of a field in error: the style sheet's [problem="true"]
/// rule, with the message as the field's tooltip. Every editor that shows
/// the core's refusals at a field marks it this way.
namespace ProblemMark {
/// Frames `w` with `message` as its tooltip; an empty message removes both.
void set(QWidget *w, const QString &message);
/// Whether `w` is framed now.
bool isSet(const QWidget *w);
} // namespace ProblemMark
