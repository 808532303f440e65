// SPDX-License-Identifier: GPL-3.0-or-later
// Appearance: the theme and the font size chosen in Preferences apply to the whole studio at once
// (plots included), persist, and Cancel puts back what was there.

#include "ui/plots/BackoffPreview.h"
#include "ui/plots/QcpInclude.h"
#include "ui/plots/RunTimeline.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/StudioSettings.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace volnux;

class TestAppearance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void darkThemeReachesWidgetsAndPlots();
    void choiceAppliesAtOnceAndPersists();
    void cancelPutsBackWhatWasThere();
};

namespace {

bool isDark(const QColor &c)
{
    return c.lightness() < 100;
}

// The colour a plot paints its background with, as drawn.
QColor backgroundOf(QCustomPlot *plot)
{
    plot->resize(240, 160);
    plot->replot();
    return plot->grab().toImage().pixelColor(3, 3);
}

} // namespace

void TestAppearance::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appearance"));
    Appearance::rememberSystemLook();
}

void TestAppearance::init()
{
    QSettings().clear();
    Appearance::apply(Appearance::Theme::Light, 0);
}

void TestAppearance::darkThemeReachesWidgetsAndPlots()
{
    RunTimeline timeline;
    BackoffPreview preview;
    QVERIFY(!isDark(backgroundOf(&timeline)));
    Appearance::apply(Appearance::Theme::Dark, 0);
    QCoreApplication::processEvents();
    QVERIFY(isDark(QApplication::palette().color(QPalette::Window)));
    QVERIFY(isDark(backgroundOf(&timeline)));
    QVERIFY(!isDark(timeline.xAxis->tickLabelColor()));
    QVERIFY(isDark(backgroundOf(preview.plot())));
    QVERIFY(!isDark(preview.plot()->xAxis->labelColor()));
    Appearance::apply(Appearance::Theme::Light, 0);
    QCoreApplication::processEvents();
    QVERIFY(!isDark(backgroundOf(&timeline)));
}

void TestAppearance::choiceAppliesAtOnceAndPersists()
{
    StudioSettings settings;
    PreferencesDialog dialog(&settings);
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
    auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("fontSize"));
    QVERIFY(theme && size);
    QCOMPARE(size->text(), size->specialValueText()); // the system's size until chosen
    theme->setCurrentIndex(int(Appearance::Theme::Dark));
    QVERIFY(isDark(QApplication::palette().color(QPalette::Base))); // before OK
    size->setValue(15);
    QCOMPARE(QApplication::font().pointSize(), 15);
    dialog.accept();
    QCOMPARE(StudioSettings().theme(), int(Appearance::Theme::Dark));
    QCOMPARE(StudioSettings().fontPointSize(), 15);
}

void TestAppearance::cancelPutsBackWhatWasThere()
{
    StudioSettings settings;
    const int points = QApplication::font().pointSize();
    PreferencesDialog dialog(&settings);
    dialog.findChild<QComboBox *>(QStringLiteral("theme"))
        ->setCurrentIndex(int(Appearance::Theme::Dark));
    dialog.findChild<QSpinBox *>(QStringLiteral("fontSize"))->setValue(points + 6);
    dialog.reject();
    QVERIFY(!isDark(QApplication::palette().color(QPalette::Base)));
    QCOMPARE(QApplication::font().pointSize(), points);
    QCOMPARE(StudioSettings().theme(), 0);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
