// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Include <qcustomplot.h> through this header. The project builds with QT_NO_FOREACH, but two
// templates of qcustomplot.h (plottableAt, itemAt) are written with `foreach`; a range-for stands
// in while the header is parsed, and the macro is gone again afterwards.

#include <QtGlobal>

#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define VOLNUX_QCP_FOREACH
#endif
#include <qcustomplot.h>
#ifdef VOLNUX_QCP_FOREACH
#undef foreach
#undef VOLNUX_QCP_FOREACH
#endif
