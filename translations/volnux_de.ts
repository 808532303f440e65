<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutText</name>
    <message>
        <source>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;Design, run and monitor events.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QCustomPlot %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;Ereignisse entwerfen, ausführen und überwachen.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3) · QCustomPlot %4&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Es gibt keine Gewährleistung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>slower +%1</source>
        <translation>langsamer +%1</translation>
    </message>
    <message>
        <source>faster −%1</source>
        <translation>schneller −%1</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Picture Size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Width × height in pixels:</source>
        <translation>Breite × Höhe in Pixeln:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1: a picture is saved as .png, .svg or .pdf</source>
        <translation>%1: Ein Bild wird als .png, .svg oder .pdf gespeichert</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is the run store; writing it would destroy the store</source>
        <translation>%1 ist der Laufspeicher; ihn zu überschreiben würde ihn zerstören</translation>
    </message>
    <message>
        <source>%1 is the project file the run ran; writing it would destroy the project</source>
        <translation>%1 ist die Projektdatei, die der Lauf ausgeführt hat; sie zu überschreiben würde das Projekt zerstören</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, run and monitor events.</source>
        <translation>Ereignisse entwerfen, ausführen und überwachen.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Das zu öffnende Projekt.</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptBarsPlottable</name>
    <message>
        <source>Backoff after attempt %1: %2 scheduled</source>
        <translation>Wartezeit nach Versuch %1: %2 geplant</translation>
    </message>
    <message>
        <source>next attempt due at %1</source>
        <translation>nächster Versuch fällig um %1</translation>
    </message>
    <message>
        <source>Attempt %1 / %2: %3</source>
        <translation>Versuch %1 / %2: %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>start %1, duration %2</source>
        <translation>Start %1, Dauer %2</translation>
    </message>
    <message>
        <source>then backoff %1</source>
        <translation>dann Wartezeit %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>Tasks in view: %1; %2 succeeded, %3 failed</source>
        <translation>Angezeigte Tasks: %1; %2 erfolgreich, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Click to show its tasks</source>
        <translation>Klicken, um die Tasks zu zeigen</translation>
    </message>
    <message>
        <source>Click to collapse its tasks</source>
        <translation>Klicken, um die Tasks einzuklappen</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptText</name>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>returned a failure</source>
        <translation>hat einen Fehlschlag gemeldet</translation>
    </message>
    <message>
        <source>returned a failure: %1</source>
        <translation>hat einen Fehlschlag gemeldet: %1</translation>
    </message>
    <message>
        <source>%1 planned, %2 actual</source>
        <translation>%1 geplant, %2 tatsächlich</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled before it started: it ran nothing.</source>
        <translation>Versuch %1 wurde vor dem Start abgebrochen: Er hat nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Attempt %1 wrote no output.</source>
        <translation>Versuch %1 hat keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled: %2</source>
        <translation>Versuch %1 wurde abgebrochen: %2</translation>
    </message>
    <message>
        <source>Attempt %1 failed with %2</source>
        <translation>Versuch %1 ist mit %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry now, %1 early</source>
        <translation>Neu versucht, %1 früher</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <source>Due at %1, started at %2: %3</source>
        <translation>Fällig bei %1, gestartet bei %2: %3</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptsModel</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[%n frühere Zeile verworfen]</numerusform>
            <numerusform>[%n frühere Zeilen verworfen]</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Backoff after</source>
        <translation>Wartezeit danach</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Start vs due</source>
        <translation>Start vs. Soll</translation>
    </message>
</context>
<context>
    <name>volnux::BackoffPreview</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>wait before attempt (s)</source>
        <translation>Wartezeit vor Versuch (s)</translation>
    </message>
    <message>
        <source>cumulative wait (s)</source>
        <translation>kumulierte Wartezeit (s)</translation>
    </message>
    <message>
        <source>jitter range</source>
        <translation>Jitter-Bereich</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>wait (capped)</source>
        <translation>Wartezeit (begrenzt)</translation>
    </message>
    <message>
        <source>cumulative worst case</source>
        <translation>kumuliert, ungünstigster Fall</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); worst-case waiting %1</source>
        <translation>
            <numerusform>%n Versuch; Wartezeit im ungünstigsten Fall %1</numerusform>
            <numerusform>%n Versuche; Wartezeit im ungünstigsten Fall %1</numerusform>
        </translation>
    </message>
    <message>
        <source> over the first %1 attempts shown</source>
        <translation> über die ersten %1 gezeigten Versuche</translation>
    </message>
    <message>
        <source>; with full jitter each wait is drawn between 0 and its bar&apos;s top</source>
        <translation>; mit vollem Jitter wird jede Wartezeit zwischen 0 und der Oberkante ihres Balkens gezogen</translation>
    </message>
    <message>
        <source>; with equal jitter each wait is drawn between half and all of its bar</source>
        <translation>; mit gleichem Jitter wird jede Wartezeit zwischen der Hälfte und dem ganzen Balken gezogen</translation>
    </message>
    <message>
        <source>max_backoff %1</source>
        <translation>max_backoff %1</translation>
    </message>
    <message>
        <source>Backoff chart</source>
        <translation>Wartezeit-Diagramm</translation>
    </message>
    <message>
        <source>The wait before each attempt and their running total; the text below it sums it up.</source>
        <translation>Die Wartezeit vor jedem Versuch und ihre laufende Summe; der Text darunter fasst sie zusammen.</translation>
    </message>
</context>
<context>
    <name>volnux::ChangedTasksModel</name>
    <message>
        <source>newly failing</source>
        <translation>neu fehlgeschlagen</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>+1 attempt</source>
        <translation>+1 Versuch</translation>
    </message>
    <message>
        <source>−1 attempt</source>
        <translation>−1 Versuch</translation>
    </message>
    <message>
        <source>+%1 attempts</source>
        <translation>+%1 Versuche</translation>
    </message>
    <message>
        <source>−%1 attempts</source>
        <translation>−%1 Versuche</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Outcome A</source>
        <translation>Ergebnis A</translation>
    </message>
    <message>
        <source>Outcome B</source>
        <translation>Ergebnis B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>Versuche A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>Versuche B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>volnux::CompareEventsModel</name>
    <message>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>newly failing</source>
        <translation>neu fehlgeschlagen</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>more failures</source>
        <translation>mehr Fehlschläge</translation>
    </message>
    <message>
        <source>1 more attempt</source>
        <translation>1 Versuch mehr</translation>
    </message>
    <message>
        <source>1 fewer attempt</source>
        <translation>1 Versuch weniger</translation>
    </message>
    <message>
        <source>%1 more attempts</source>
        <translation>%1 Versuche mehr</translation>
    </message>
    <message>
        <source>%1 fewer attempts</source>
        <translation>%1 Versuche weniger</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status A</source>
        <translation>Status A</translation>
    </message>
    <message>
        <source>Status B</source>
        <translation>Status B</translation>
    </message>
    <message>
        <source>Succeeded A</source>
        <translation>Erfolgreich A</translation>
    </message>
    <message>
        <source>Succeeded B</source>
        <translation>Erfolgreich B</translation>
    </message>
    <message>
        <source>Failed A</source>
        <translation>Fehlgeschlagen A</translation>
    </message>
    <message>
        <source>Failed B</source>
        <translation>Fehlgeschlagen B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>Versuche A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>Versuche B</translation>
    </message>
    <message>
        <source>Duration A</source>
        <translation>Dauer A</translation>
    </message>
    <message>
        <source>Duration B</source>
        <translation>Dauer B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>volnux::CompareTimelines</name>
    <message>
        <source>A: run %1</source>
        <translation>A: Lauf %1</translation>
    </message>
    <message>
        <source>B: run %1</source>
        <translation>B: Lauf %1</translation>
    </message>
</context>
<context>
    <name>volnux::DesignWarnings</name>
    <message>
        <source>events[%1]: &apos;%2&apos; is not in the pipeline, so it never runs: every run skips its tasks. Add it to the pipeline, or delete the event.</source>
        <translation>events[%1]: „%2“ ist nicht in der Pipeline und läuft daher nie: Jeder Lauf überspringt seine Tasks. Fügen Sie es der Pipeline hinzu oder löschen Sie das Ereignis.</translation>
    </message>
</context>
<context>
    <name>volnux::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Volnux Studio did not close normally. Unsaved changes to “%1” from %2 were kept. Restore them?</source>
        <translation>Volnux Studio wurde nicht normal beendet. Ungespeicherte Änderungen an „%1“ vom %2 wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Volnux projects (*.vxproj *.json);;All files (*)</source>
        <translation>Volnux-Projekte (*.vxproj *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>volnux::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Fix these problems before saving</source>
        <translation>Beheben Sie diese Probleme vor dem Speichern</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot restore unsaved work</source>
        <translation>Ungespeicherte Arbeit kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved work, as it was: %n problem(s) to fix before it can be saved or run</source>
        <translation>
            <numerusform>Ungespeicherte Arbeit unverändert wiederhergestellt: %n Problem ist vor dem Speichern oder Ausführen zu beheben</numerusform>
            <numerusform>Ungespeicherte Arbeit unverändert wiederhergestellt: %n Probleme sind vor dem Speichern oder Ausführen zu beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more will be offered at the next start</source>
        <translation>
            <numerusform>; %n weiteres wird beim nächsten Start angeboten</numerusform>
            <numerusform>; %n weitere werden beim nächsten Start angeboten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volnux::DurationEdit</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
</context>
<context>
    <name>volnux::EditPipelineCommand</name>
    <message>
        <source>Edit pipeline</source>
        <translation>Pipeline bearbeiten</translation>
    </message>
</context>
<context>
    <name>volnux::EditProjectNameCommand</name>
    <message>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
</context>
<context>
    <name>volnux::EventEditor</name>
    <message>
        <source>Select an event in the project explorer, or add one.</source>
        <translation>Wählen Sie ein Ereignis im Projekt-Explorer aus oder fügen Sie eines hinzu.</translation>
    </message>
</context>
<context>
    <name>volnux::EventExplanation</name>
    <message>
        <source>Select an event to see why it succeeded or failed.</source>
        <translation>Wählen Sie ein Ereignis aus, um zu sehen, warum es erfolgreich war oder fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation>%1 wurde noch nicht ausgewertet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by the failures of:</source>
        <translation>Entschieden durch die Fehlschläge von:</translation>
    </message>
    <message>
        <source>Rescued by the successes of:</source>
        <translation>Gerettet durch die Erfolge von:</translation>
    </message>
</context>
<context>
    <name>volnux::EventListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
</context>
<context>
    <name>volnux::EventSummaryModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1
Pipeline branch %2</source>
        <translation>%1
Pipeline-Zweig %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
</context>
<context>
    <name>volnux::ExceptionTypesEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pick or type an error type</source>
        <translation>Fehlertyp auswählen oder eingeben</translation>
    </message>
    <message>
        <source>Error type to add</source>
        <translation>Hinzuzufügender Fehlertyp</translation>
    </message>
    <message>
        <source>Error types to retry</source>
        <translation>Zu wiederholende Fehlertypen</translation>
    </message>
    <message>
        <source>Pick an error type from the tree, or type your own, then press Add. A listed type includes the types derived from it.</source>
        <translation>Wählen Sie einen Fehlertyp aus dem Baum oder geben Sie einen eigenen ein, dann drücken Sie „Hinzufügen“. Ein aufgeführter Typ schließt die von ihm abgeleiteten Typen ein.</translation>
    </message>
    <message>
        <source>Add the chosen error type to the types to retry.</source>
        <translation>Den gewählten Fehlertyp zu den zu wiederholenden Typen hinzufügen.</translation>
    </message>
    <message>
        <source>Remove the selected error types from the list.</source>
        <translation>Die ausgewählten Fehlertypen aus der Liste entfernen.</translation>
    </message>
    <message>
        <source>Empty list: any error except CancelledError.</source>
        <translation>Leere Liste: jeder Fehler außer CancelledError.</translation>
    </message>
</context>
<context>
    <name>volnux::ExecutorSection</name>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>EMPTY: %1</source>
        <translation>LEER: %1</translation>
    </message>
    <message>
        <source>processor count: %1</source>
        <translation>Prozessoranzahl: %1</translation>
    </message>
    <message>
        <source>workers live as long as the executor</source>
        <translation>Worker leben so lange wie der Executor</translation>
    </message>
    <message>
        <source>threads keep their default names</source>
        <translation>Threads behalten ihre Standardnamen</translation>
    </message>
    <message>
        <source>attempts have no time limit</source>
        <translation>Versuche haben kein Zeitlimit</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The longest one attempt may take. An attempt still running then fails with TimeoutError, which the retry policy retries like any other error; a process-pool worker still running it is killed and replaced.</source>
        <translation>Die längste Dauer, die ein Versuch brauchen darf. Ein dann noch laufender Versuch schlägt mit TimeoutError fehl, den die Wiederholungsrichtlinie wie jeden anderen Fehler wiederholt; ein Prozesspool-Worker, der ihn noch ausführt, wird beendet und ersetzt.</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Executor:</translation>
    </message>
    <message>
        <source>max_workers:</source>
        <translation>max_workers:</translation>
    </message>
    <message>
        <source>max_tasks_per_child:</source>
        <translation>max_tasks_per_child:</translation>
    </message>
    <message>
        <source>thread_name_prefix:</source>
        <translation>thread_name_prefix:</translation>
    </message>
    <message>
        <source>timeout_ms:</source>
        <translation>timeout_ms:</translation>
    </message>
    <message>
        <source>Change executor</source>
        <translation>Executor ändern</translation>
    </message>
    <message>
        <source>Edit max_workers</source>
        <translation>max_workers bearbeiten</translation>
    </message>
    <message>
        <source>Edit max_tasks_per_child</source>
        <translation>max_tasks_per_child bearbeiten</translation>
    </message>
    <message>
        <source>Edit thread_name_prefix</source>
        <translation>thread_name_prefix bearbeiten</translation>
    </message>
    <message>
        <source>Edit timeout_ms</source>
        <translation>timeout_ms bearbeiten</translation>
    </message>
    <message>
        <source>Tasks run one after another on the run&apos;s engine thread; the pool settings below apply to the pool executors.</source>
        <translation>Tasks laufen nacheinander im Engine-Thread des Laufs; die Pool-Einstellungen unten gelten für die Pool-Executoren.</translation>
    </message>
    <message>
        <source>Tasks run on a pool of threads.</source>
        <translation>Tasks laufen in einem Thread-Pool.</translation>
    </message>
    <message>
        <source>Tasks run in worker processes; a crashed worker fails its attempt with WorkerCrashedError and is replaced.</source>
        <translation>Tasks laufen in Worker-Prozessen; ein abgestürzter Worker lässt seinen Versuch mit WorkerCrashedError fehlschlagen und wird ersetzt.</translation>
    </message>
    <message>
        <source>Where the event&apos;s tasks run: one after another on the run&apos;s engine thread, on a pool of threads or on a pool of worker processes.</source>
        <translation>Wo die Aufgaben des Ereignisses laufen: nacheinander im Engine-Thread des Laufs, in einem Thread-Pool oder in einem Pool von Worker-Prozessen.</translation>
    </message>
    <message>
        <source>The most workers (threads or processes) the executor runs at once.</source>
        <translation>Die höchste Zahl an Workern (Threads oder Prozessen), die der Executor gleichzeitig betreibt.</translation>
    </message>
    <message>
        <source>A worker is retired after running this many attempts, and a fresh worker takes its place.</source>
        <translation>Ein Worker wird nach so vielen Versuchen beendet, und ein neuer Worker tritt an seine Stelle.</translation>
    </message>
    <message>
        <source>Worker threads are named prefix + index; the name shows in the run monitor&apos;s Worker column.</source>
        <translation>Worker-Threads heißen Präfix + Index; der Name erscheint in der Spalte „Worker“ der Laufüberwachung.</translation>
    </message>
</context>
<context>
    <name>volnux::ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Rows with &amp;Header</source>
        <translation>Zeilen mit &amp;Kopfzeile kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Save Picture…</source>
        <translation>Bild &amp;speichern…</translation>
    </message>
    <message>
        <source>Save Picture at Si&amp;ze…</source>
        <translation>Bild in &amp;Größe speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>Bild kop&amp;ieren</translation>
    </message>
    <message>
        <source>A picture is at most %1 pixels on a side.</source>
        <translation>Ein Bild hat höchstens %1 Pixel pro Seite.</translation>
    </message>
</context>
<context>
    <name>volnux::FlakyTasksModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 von %2 Läufen</translation>
    </message>
    <message>
        <source>(returned failure)</source>
        <translation>(Fehlschlag zurückgegeben)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Retried or failed</source>
        <translation>Wiederholt/fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error types</source>
        <translation>Fehlertypen</translation>
    </message>
    <message>
        <source>Succeeded at attempt</source>
        <translation>Erfolg bei Versuch</translation>
    </message>
    <message>
        <source>Runs (newest first)</source>
        <translation>Läufe (neueste zuerst)</translation>
    </message>
</context>
<context>
    <name>volnux::GeneralSection</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Edit parameters</source>
        <translation>Parameter bearbeiten</translation>
    </message>
    <message>
        <source>The event&apos;s name, unique in the project: the pipeline, the run monitor and the run history refer to the event by it.</source>
        <translation>Der Name des Ereignisses, eindeutig im Projekt: Pipeline, Laufüberwachung und Laufverlauf bezeichnen das Ereignis damit.</translation>
    </message>
    <message>
        <source>What each task does: run a program, sleep, compute, simulate an outcome or call an event from a plugin library.</source>
        <translation>Was jede Aufgabe tut: ein Programm ausführen, warten, rechnen, ein Ergebnis simulieren oder ein Ereignis aus einer Plugin-Bibliothek aufrufen.</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryModel</name>
    <message>
        <source>#%1 ↻ rerun of #%2</source>
        <translation>#%1 ↻ Wiederholung von #%2</translation>
    </message>
    <message>
        <source>Run %1 reran the failed or chosen tasks of run %2</source>
        <translation>Lauf %1 hat die fehlgeschlagenen oder gewählten Tasks von Lauf %2 erneut ausgeführt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryPanel</name>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>List the runs of every project, not only the open one&apos;s</source>
        <translation>Die Läufe aller Projekte auflisten, nicht nur die des geöffneten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Search run, project, host…</source>
        <translation>Lauf, Projekt, Host suchen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the selected run in the Run panel, read-only</source>
        <translation>Den ausgewählten Lauf schreibgeschützt im Lauf-Bereich anzeigen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>Die beiden ausgewählten Läufe vergleichen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected run as JSON Lines, a Chrome trace or CSV</source>
        <translation>Den ausgewählten Lauf als JSON Lines, Chrome-Trace oder CSV speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected runs from the run store (Undo follows)</source>
        <translation>Die ausgewählten Läufe aus dem Laufspeicher löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>1 run deleted</source>
        <translation>1 Lauf gelöscht</translation>
    </message>
    <message>
        <source>%1 runs deleted</source>
        <translation>%1 Läufe gelöscht</translation>
    </message>
    <message>
        <source>Save the project to keep its runs</source>
        <translation>Speichern Sie das Projekt, um seine Läufe zu behalten</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Aufgezeichnete Läufe</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Läufe durchsuchen</translation>
    </message>
    <message>
        <source>The runs kept in the run store, newest first. Open one to see it in the monitor; select two to compare them.</source>
        <translation>Die im Laufspeicher gehaltenen Läufe, neueste zuerst. Öffnen Sie einen, um ihn in der Überwachung zu sehen; wählen Sie zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Show only the runs that ended in this state</source>
        <translation>Nur Läufe zeigen, die in diesem Zustand endeten</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last</source>
        <translation>Die zuletzt gelöschten Läufe zurückholen</translation>
    </message>
</context>
<context>
    <name>volnux::KindParamsEditor</name>
    <message>
        <source>Must be %1.</source>
        <translation>Muss %1 sein.</translation>
    </message>
    <message>
        <source>EMPTY</source>
        <translation>LEER</translation>
    </message>
    <message>
        <source>Leave out of the file: the default, %1, applies.</source>
        <translation>Nicht in die Datei schreiben: Der Standardwert %1 gilt.</translation>
    </message>
    <message>
        <source>Leave out of the file.</source>
        <translation>Nicht in die Datei schreiben.</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>KEY=VALUE, einer pro Zeile</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Einer pro Zeile</translation>
    </message>
    <message>
        <source>e.g. 0, 2, 5</source>
        <translation>z. B. 0, 2, 5</translation>
    </message>
    <message>
        <source>a JSON value or text</source>
        <translation>ein JSON-Wert oder Text</translation>
    </message>
</context>
<context>
    <name>volnux::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>Ereignis duplizieren</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Volnux Studio</source>
        <translation>Ü&amp;ber Volnux Studio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>%1[*] — Volnux Studio</source>
        <translation>%1[*] — Volnux Studio</translation>
    </message>
    <message>
        <source>Running needs the run monitor, which this build lacks</source>
        <translation>Zum Ausführen wird der Laufmonitor benötigt, der diesem Build fehlt</translation>
    </message>
    <message numerus="yes">
        <source>Run the project (F5): %n problem(s) to fix first</source>
        <translation>
            <numerusform>Projekt ausführen (F5): zuerst %n Problem beheben</numerusform>
            <numerusform>Projekt ausführen (F5): zuerst %n Probleme beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the project (F5)</source>
        <translation>Projekt ausführen (F5)</translation>
    </message>
    <message>
        <source>Cancel the run (Shift+F5)</source>
        <translation>Lauf abbrechen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>No run in progress</source>
        <translation>Kein Lauf aktiv</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problems list</source>
        <translation>Problemliste anzeigen</translation>
    </message>
    <message>
        <source>About Volnux Studio</source>
        <translation>Über Volnux Studio</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalIntField</name>
    <message>
        <source>EMPTY</source>
        <translation>LEER</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the executor uses its default.</source>
        <translation>Das Feld nicht in die Datei schreiben; der Executor verwendet seinen Standardwert.</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalTextField</name>
    <message>
        <source>EMPTY</source>
        <translation>LEER</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the default applies.</source>
        <translation>Das Feld in der Datei weglassen; der Standardwert gilt.</translation>
    </message>
</context>
<context>
    <name>volnux::OutcomeSection</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>EMPTY: SUCCESS_ON_ALL_EVENTS_SUCCESS</source>
        <translation>LEER: SUCCESS_ON_ALL_EVENTS_SUCCESS</translation>
    </message>
    <message>
        <source>After its retries, an exception cancels the event&apos;s other tasks and no later event starts; the run ends as stopped.</source>
        <translation>Nach seinen Wiederholungen bricht eine Ausnahme die anderen Tasks des Ereignisses ab und kein späteres Ereignis startet; der Lauf endet als angehalten.</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Auswertung:</translation>
    </message>
    <message>
        <source>Change evaluation</source>
        <translation>Auswertung ändern</translation>
    </message>
    <message>
        <source>Toggle stop_on_exception</source>
        <translation>stop_on_exception umschalten</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> tasks</source>
        <translation> Tasks</translation>
    </message>
    <message>
        <source>Evaluation threshold</source>
        <translation>Auswertungsschwelle</translation>
    </message>
    <message>
        <source>How the outcomes of the event&apos;s tasks decide whether the event succeeded, once all of them have ended.</source>
        <translation>Wie die Ergebnisse der Aufgaben des Ereignisses entscheiden, ob es erfolgreich war, sobald alle beendet sind.</translation>
    </message>
    <message>
        <source>How many tasks (AT_LEAST_COUNT) or what percentage of them (AT_LEAST_PERCENT) must succeed.</source>
        <translation>Wie viele Aufgaben (AT_LEAST_COUNT) oder welcher Prozentsatz davon (AT_LEAST_PERCENT) erfolgreich sein muss.</translation>
    </message>
    <message>
        <source>Stop the run on an exception</source>
        <translation>Lauf bei einer Ausnahme anhalten</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading this run; what was read so far stays on screen</source>
        <translation>Das Lesen dieses Laufs beenden; das bisher Gelesene bleibt sichtbar</translation>
    </message>
    <message>
        <source>Run #%1 of %2, started %3, %4 in %5</source>
        <translation>Lauf #%1 von %2, gestartet %3, %4 in %5</translation>
    </message>
    <message>
        <source>Reading past run: %1…</source>
        <translation>Vergangener Lauf wird gelesen: %1…</translation>
    </message>
    <message>
        <source>Past run (read-only): %1.</source>
        <translation>Vergangener Lauf (schreibgeschützt): %1.</translation>
    </message>
    <message>
        <source>Past run (read-only, partly read: cancelled): %1.</source>
        <translation>Vergangener Lauf (schreibgeschützt, teilweise gelesen: abgebrochen): %1.</translation>
    </message>
    <message>
        <source>The past run could not be read: %1</source>
        <translation>Der vergangene Lauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no recorded runs yet. Choose Run (F5) to start one; every run is kept in History.</source>
        <translation>%1 hat noch keine aufgezeichneten Läufe. Wählen Sie Ausführen (F5), um einen zu starten; jeder Lauf wird im Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunController</name>
    <message>
        <source>reading run #%1 was cancelled</source>
        <translation>das Lesen von Lauf #%1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineEditor</name>
    <message>
        <source>Empty: the events run in the order of the project explorer.
Example: fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</source>
        <translation>Leer: Die Ereignisse laufen in der Reihenfolge des Projekt-Explorers.
Beispiel: fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>No pipeline: the events run in the order of the project explorer.</source>
        <translation>Keine Pipeline: Die Ereignisse laufen in der Reihenfolge des Projekt-Explorers.</translation>
    </message>
    <message>
        <source>Out of date: the text has an error at line %1, column %2. The graph shows the last pipeline that was valid.</source>
        <translation>Veraltet: Der Text hat einen Fehler in Zeile %1, Spalte %2. Der Graph zeigt die letzte gültige Pipeline.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline text</source>
        <translation>Pipeline-Text</translation>
    </message>
    <message>
        <source>The order the events run in: A -&gt; B one after another, A || B at once, A (0 -&gt; F, 1 -&gt; S) by A&apos;s outcome, A * 3 with up to three attempts.</source>
        <translation>Die Reihenfolge der Ereignisse: A -&gt; B nacheinander, A || B gleichzeitig, A (0 -&gt; F, 1 -&gt; S) nach dem Ergebnis von A, A * 3 mit bis zu drei Versuchen.</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineGraphView</name>
    <message>
        <source>× %1 attempts</source>
        <translation>× %1 Versuche</translation>
    </message>
    <message>
        <source>results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>0 failure</source>
        <translation>0 Fehlschlag</translation>
    </message>
    <message>
        <source>1 success</source>
        <translation>1 Erfolg</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Pipeline graph</source>
        <translation>Pipeline-Graph</translation>
    </message>
    <message>
        <source>The events in the order the pipeline runs them. Arrow keys select an event, Enter opens it in the editor, + and - zoom.</source>
        <translation>Die Ereignisse in der Reihenfolge, in der die Pipeline sie ausführt. Pfeiltasten wählen ein Ereignis, Eingabe öffnet es im Editor, + und - zoomen.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 · %2/%3 done</source>
        <translation>%1 · %2/%3 fertig</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volnux::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>The language of the studio; it changes as soon as you press OK</source>
        <translation>Die Sprache des Studios; sie wechselt, sobald Sie OK drücken</translation>
    </message>
    <message>
        <source>Light or dark colours, or whatever the system uses</source>
        <translation>Helle oder dunkle Farben, oder was das System verwendet</translation>
    </message>
    <message>
        <source>The size of the studio&apos;s text; the lowest value uses the system&apos;s</source>
        <translation>Die Schriftgröße des Studios; der kleinste Wert übernimmt die des Systems</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Go back to the settings you had before</source>
        <translation>Zu den vorherigen Einstellungen zurückkehren</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.redis_url</source>
        <translation>cluster.redis_url des Projekts</translation>
    </message>
    <message>
        <source>The Redis server through which RedisExecutor events reach volnux-worker processes, as redis://[user:password@]host:port/db or unix:///path/to/socket. It replaces the project&apos;s cluster.redis_url; $VOLNUX_REDIS_URL is used when this is empty.</source>
        <translation>Der Redis-Server, über den RedisExecutor-Ereignisse volnux-worker-Prozesse erreichen, als redis://[user:password@]host:port/db oder unix:///path/to/socket. Er ersetzt cluster.redis_url des Projekts; ist das Feld leer, gilt $VOLNUX_REDIS_URL.</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.queue</source>
        <translation>cluster.queue des Projekts</translation>
    </message>
    <message>
        <source>The queue whose workers run the attempts; it replaces the project&apos;s cluster.queue.</source>
        <translation>Die Warteschlange, deren Worker die Versuche ausführen; sie ersetzt cluster.queue des Projekts.</translation>
    </message>
    <message>
        <source>&amp;Redis URL:</source>
        <translation>&amp;Redis-URL:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in %1:</source>
        <translation>
            <numerusform>%n Problem in %1:</numerusform>
            <numerusform>%n Probleme in %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsPanel</name>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Klicken Sie auf ein Problem, um zu seinem Feld zu springen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectChangedNote</name>
    <message>
        <source>Run again with changes</source>
        <translation>Mit Änderungen erneut ausführen</translation>
    </message>
    <message>
        <source>The project was edited during this run. The run goes on with the project as it was when it started; the edits are not in it.</source>
        <translation>Das Projekt wurde während dieses Laufs bearbeitet. Der Lauf geht mit dem Projekt weiter, wie es beim Start war; die Änderungen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>The project was edited after this run started; the edits were not in it.</source>
        <translation>Das Projekt wurde nach dem Start dieses Laufs bearbeitet; die Änderungen waren nicht enthalten.</translation>
    </message>
    <message>
        <source>Cancel this run, then start a new one with the edits</source>
        <translation>Diesen Lauf abbrechen und dann einen neuen mit den Änderungen starten</translation>
    </message>
    <message>
        <source>Start a new run with the edits</source>
        <translation>Einen neuen Lauf mit den Änderungen starten</translation>
    </message>
    <message>
        <source>Start a new run of the project as it is now</source>
        <translation>Einen neuen Lauf des Projekts in seinem jetzigen Stand starten</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectExplorer</name>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Ereignis duplizieren</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in run summaries and traces</source>
        <translation>Der Name des Projekts, angezeigt in Laufzusammenfassungen und Traces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The project&apos;s events. Select one to edit it; F2 renames it. Without a pipeline they run in this order.</source>
        <translation>Die Ereignisse des Projekts. Wählen Sie eines zum Bearbeiten; F2 benennt es um. Ohne Pipeline laufen sie in dieser Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>volnux::RemoveEventCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>volnux::RetrySection</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Retry policy</source>
        <translation>Wiederholungsrichtlinie</translation>
    </message>
    <message>
        <source>Without a retry policy every task makes one attempt.</source>
        <translation>Ohne Wiederholungsrichtlinie macht jeder Task genau einen Versuch.</translation>
    </message>
    <message>
        <source>none: exactly the formula</source>
        <translation>none: genau die Formel</translation>
    </message>
    <message>
        <source>full: random, 0 to the formula</source>
        <translation>full: zufällig, 0 bis zur Formel</translation>
    </message>
    <message>
        <source>equal: half, plus random up to half</source>
        <translation>equal: die Hälfte plus zufällig bis zur Hälfte</translation>
    </message>
    <message>
        <source>Spreads the retries of tasks that failed together, so they do not all come back at the same instant. The chart shows the range.</source>
        <translation>Verteilt die Wiederholungen von Tasks, die gemeinsam fehlgeschlagen sind, damit sie nicht alle im selben Moment wiederkommen. Das Diagramm zeigt den Bereich.</translation>
    </message>
    <message>
        <source>The wait before attempt n + 1 is factor × 2^(n−1), capped.</source>
        <translation>Die Wartezeit vor Versuch n + 1 ist Faktor × 2^(n−1), begrenzt.</translation>
    </message>
    <message>
        <source>Empty: retry any error except CancelledError. Listed types include the types derived from them.</source>
        <translation>Leer: jeden Fehler außer CancelledError wiederholen. Aufgeführte Typen schließen die von ihnen abgeleiteten Typen ein.</translation>
    </message>
    <message>
        <source>max_attempts:</source>
        <translation>max_attempts:</translation>
    </message>
    <message>
        <source>backoff_factor:</source>
        <translation>backoff_factor:</translation>
    </message>
    <message>
        <source>max_backoff:</source>
        <translation>max_backoff:</translation>
    </message>
    <message>
        <source>Retry on:</source>
        <translation>Wiederholen bei:</translation>
    </message>
    <message>
        <source>jitter:</source>
        <translation>jitter:</translation>
    </message>
    <message>
        <source>Toggle retry policy</source>
        <translation>Wiederholungsrichtlinie umschalten</translation>
    </message>
    <message>
        <source>Edit max_attempts</source>
        <translation>max_attempts bearbeiten</translation>
    </message>
    <message>
        <source>Edit backoff_factor</source>
        <translation>backoff_factor bearbeiten</translation>
    </message>
    <message>
        <source>Edit max_backoff</source>
        <translation>max_backoff bearbeiten</translation>
    </message>
    <message>
        <source>Edit retry_on_exceptions</source>
        <translation>retry_on_exceptions bearbeiten</translation>
    </message>
    <message>
        <source>Edit jitter</source>
        <translation>jitter bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, overriding max_attempts; the rest is this policy.</source>
        <translation>
            <numerusform>Die Pipeline führt dieses Ereignis als „%1“ aus: %n Versuch pro Task, der max_attempts ersetzt; der Rest ist diese Richtlinie.</numerusform>
            <numerusform>Die Pipeline führt dieses Ereignis als „%1“ aus: %n Versuche pro Task, die max_attempts ersetzen; der Rest ist diese Richtlinie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, with the default policy for the rest.</source>
        <translation>
            <numerusform>Die Pipeline führt dieses Ereignis als „%1“ aus: %n Versuch pro Task, sonst mit der Standardrichtlinie.</numerusform>
            <numerusform>Die Pipeline führt dieses Ereignis als „%1“ aus: %n Versuche pro Task, sonst mit der Standardrichtlinie.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this event&apos;s retry policy.</source>
        <translation>Aus der Wiederholungsrichtlinie dieses Ereignisses.</translation>
    </message>
    <message>
        <source>No retry policy: one attempt per task.</source>
        <translation>Keine Wiederholungsrichtlinie: ein Versuch pro Task.</translation>
    </message>
    <message>
        <source>The most attempts a task gets, counting the first one.</source>
        <translation>Die höchste Zahl an Versuchen einer Aufgabe, den ersten mitgezählt.</translation>
    </message>
    <message>
        <source>No single wait between two attempts is longer than this.</source>
        <translation>Keine einzelne Wartezeit zwischen zwei Versuchen ist länger als dieser Wert.</translation>
    </message>
</context>
<context>
    <name>volnux::RunAnalysisActions</name>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Export Latest Run…</source>
        <translation>Letzten Lauf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <source>Volnux Studio</source>
        <translation>Volnux Studio</translation>
    </message>
    <message>
        <source>Compare run %1 with run %2</source>
        <translation>Lauf %1 mit Lauf %2 vergleichen</translation>
    </message>
    <message>
        <source>Trends: all projects</source>
        <translation>Trends: alle Projekte</translation>
    </message>
    <message>
        <source>Trends: %1</source>
        <translation>Trends: %1</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>Noch keine Läufe aufgezeichnet (%1).</translation>
    </message>
    <message>
        <source>This project has no recorded run to export.</source>
        <translation>Dieses Projekt hat keinen aufgezeichneten Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Run %1</source>
        <translation>Lauf %1 exportieren</translation>
    </message>
    <message>
        <source>A run is exported as .jsonl, .json (Chrome trace) or .csv.</source>
        <translation>Ein Lauf wird als .jsonl, .json (Chrome-Trace) oder .csv exportiert.</translation>
    </message>
    <message>
        <source>Exporting run %1…</source>
        <translation>Lauf %1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>volnux::RunCompareView</name>
    <message>
        <source>Tasks that changed outcome or attempt count</source>
        <translation>Tasks mit geändertem Ergebnis oder geänderter Versuchsanzahl</translation>
    </message>
    <message>
        <source>Reading runs %1 and %2…</source>
        <translation>Läufe %1 und %2 werden gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = run %2 of %3, %4, started %5, %6, %7 tasks, %8 failed, %9 attempts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = Lauf %2 von %3, %4, gestartet %5, %6, %7 Tasks, %8 fehlgeschlagen, %9 Versuche</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>1 task changed its outcome or attempt count</source>
        <translation>1 Task hat sein Ergebnis oder seine Versuchsanzahl geändert</translation>
    </message>
    <message>
        <source>%1 tasks changed their outcome or attempt count</source>
        <translation>%1 Tasks haben ihr Ergebnis oder ihre Versuchsanzahl geändert</translation>
    </message>
    <message>
        <source>; tasks that ran in one run only: %1 in A, %2 in B</source>
        <translation>; Tasks, die nur in einem Lauf liefen: %1 in A, %2 in B</translation>
    </message>
    <message>
        <source>Attempts in %1 (run %2) of %3 task %4</source>
        <translation>Versuche in %1 (Lauf %2) von %3, Task %4</translation>
    </message>
    <message>
        <source>Attempts in %1: select a task</source>
        <translation>Versuche in %1: Task auswählen</translation>
    </message>
</context>
<context>
    <name>volnux::RunControlBar</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Validate the project and start a run</source>
        <translation>Projekt prüfen und einen Lauf starten</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel every open task of this run</source>
        <translation>Alle offenen Tasks dieses Laufs abbrechen</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Task abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected task</source>
        <translation>Den ausgewählten Task abbrechen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Neu versuchen</translation>
    </message>
    <message>
        <source>Start the next attempt of the selected task without waiting for its backoff</source>
        <translation>Den nächsten Versuch des ausgewählten Tasks starten, ohne die Wartezeit abzuwarten</translation>
    </message>
    <message>
        <source>Rerun failed</source>
        <translation>Fehlschläge erneut</translation>
    </message>
    <message>
        <source>Start a new run of the failed tasks with the same settings</source>
        <translation>Einen neuen Lauf der fehlgeschlagenen Tasks mit denselben Einstellungen starten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>Cancelled: %v of %m tasks done</source>
        <translation>Abgebrochen: %v von %m Tasks fertig</translation>
    </message>
    <message>
        <source>Stopped: %v of %m tasks done</source>
        <translation>Angehalten: %v von %m Tasks fertig</translation>
    </message>
    <message>
        <source>Interrupted: %v of %m tasks done</source>
        <translation>Unterbrochen: %v von %m Tasks fertig</translation>
    </message>
    <message>
        <source>%v / %m tasks done, %1 cancelled</source>
        <translation>%v / %m Tasks fertig, %1 abgebrochen</translation>
    </message>
    <message>
        <source>%v / %m tasks done</source>
        <translation>%v / %m Tasks fertig</translation>
    </message>
</context>
<context>
    <name>volnux::RunExportJob</name>
    <message>
        <source>JSON Lines trace (*.jsonl);;Chrome trace for Perfetto (*.json);;CSV, one row per attempt (*.csv)</source>
        <translation>JSON-Lines-Trace (*.jsonl);;Chrome-Trace für Perfetto (*.json);;CSV, eine Zeile pro Versuch (*.csv)</translation>
    </message>
</context>
<context>
    <name>volnux::RunMonitor</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Search task, input, error…</source>
        <translation>Task, Eingabe, Fehler suchen…</translation>
    </message>
    <message>
        <source>Select an attempt to see its log</source>
        <translation>Wählen Sie einen Versuch aus, um sein Protokoll zu sehen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Lane per task</source>
        <translation>Spur pro Task</translation>
    </message>
    <message>
        <source>Lane per worker</source>
        <translation>Spur pro Worker</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitachse:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Tasks durchsuchen</translation>
    </message>
    <message>
        <source>Attempt log</source>
        <translation>Versuchsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>Rerun selected tasks (%n)</source>
        <translation>
            <numerusform>Ausgewählten Task erneut ausführen (%n)</numerusform>
            <numerusform>Ausgewählte Tasks erneut ausführen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per task: its status, attempts, the time to its next retry, its last error and worker. Select a task to see its attempts and log.</source>
        <translation>Eine Zeile je Aufgabe: Status, Versuche, Zeit bis zur nächsten Wiederholung, letzter Fehler und Worker. Wählen Sie eine Aufgabe, um ihre Versuche und ihr Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>Show only the tasks in this state</source>
        <translation>Nur Aufgaben in diesem Zustand zeigen</translation>
    </message>
    <message>
        <source>Show only the tasks of this event</source>
        <translation>Nur Aufgaben dieses Ereignisses zeigen</translation>
    </message>
    <message>
        <source>Every attempt of the selected task: when it started against when it was due, how long it took and how it ended.</source>
        <translation>Jeder Versuch der gewählten Aufgabe: wann er begann und wann er fällig war, wie lange er dauerte und wie er endete.</translation>
    </message>
    <message>
        <source>What the selected attempt wrote, and how it ended.</source>
        <translation>Was der gewählte Versuch ausgegeben hat und wie er endete.</translation>
    </message>
    <message>
        <source>One row per event: its status and task counts. Select an event to read why it succeeded or failed.</source>
        <translation>Eine Zeile je Ereignis: Status und Aufgabenzahlen. Wählen Sie ein Ereignis, um zu lesen, warum es erfolgreich war oder fehlschlug.</translation>
    </message>
    <message>
        <source>Draw the timeline with one lane per task, or one per worker</source>
        <translation>Die Zeitleiste mit einer Bahn je Aufgabe oder je Worker zeichnen</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline</source>
        <translation>Den ganzen Lauf auf der Zeitleiste zeigen</translation>
    </message>
</context>
<context>
    <name>volnux::RunPairDialog</name>
    <message>
        <source>&amp;All projects</source>
        <translation>&amp;Alle Projekte</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Select two runs: the older is A, the newer B.</source>
        <translation>Wählen Sie zwei Läufe: Der ältere ist A, der neuere B.</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>Noch keine Läufe aufgezeichnet (%1).</translation>
    </message>
    <message>
        <source>Fewer than two runs are recorded here.</source>
        <translation>Hier sind weniger als zwei Läufe aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>volnux::RunTimeline</name>
    <message>
        <source>No run yet. Press Run (F5): every attempt of every task appears here as a bar,
every backoff as a gap before the next attempt.</source>
        <translation>Noch kein Lauf. Drücken Sie Ausführen (F5): Jeder Versuch jedes Tasks erscheint hier als Balken,
jede Wartezeit als Lücke vor dem nächsten Versuch.</translation>
    </message>
    <message>
        <source>seconds since run start</source>
        <translation>Sekunden seit Laufbeginn</translation>
    </message>
    <message>
        <source>Run timeline</source>
        <translation>Zeitachse des Laufs</translation>
    </message>
    <message>
        <source>Every attempt of every task as a bar over time, grouped by event. Arrow keys select a task, Enter shows its attempts, Space collapses or expands its event, + and - zoom.</source>
        <translation>Jeder Versuch jedes Tasks als Balken über der Zeit, nach Event gruppiert. Pfeiltasten wählen einen Task, Enter zeigt seine Versuche, Leertaste klappt sein Event ein oder aus, + und - zoomen.</translation>
    </message>
    <message>
        <source>Collapse all events</source>
        <translation>Alle Events einklappen</translation>
    </message>
    <message>
        <source>Expand all events</source>
        <translation>Alle Events ausklappen</translation>
    </message>
</context>
<context>
    <name>volnux::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>volnux::StatusStyle</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf Wiederholung</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>volnux::StudioWindow</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>The project cannot run</source>
        <translation>Das Projekt kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This run is not recorded in History: %1</source>
        <translation>Dieser Lauf ist nicht im Verlauf aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>A run is going on: cancel it or wait for its end to open another.</source>
        <translation>Ein Lauf ist aktiv: Brechen Sie ihn ab oder warten Sie sein Ende ab, um einen anderen zu öffnen.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>volnux::TaskTableModel</name>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächste Wiederholung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>volnux::TasksSection</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>One task</source>
        <translation>Ein Task</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Default: one task with input 0.</source>
        <translation>Standard: ein Task mit Eingabe 0.</translation>
    </message>
    <message>
        <source>One input per line; paste a column here.
Numbers and JSON values are kept as such.</source>
        <translation>Eine Eingabe pro Zeile; fügen Sie hier eine Spalte ein.
Zahlen und JSON-Werte bleiben erhalten.</translation>
    </message>
    <message>
        <source>(default: input 0)</source>
        <translation>(Standard: Eingabe 0)</translation>
    </message>
    <message>
        <source>Edit tasks</source>
        <translation>Tasks bearbeiten</translation>
    </message>
    <message>
        <source>Run this many tasks, with the inputs 0 to N − 1.</source>
        <translation>So viele Aufgaben ausführen, mit den Eingaben 0 bis N − 1.</translation>
    </message>
    <message>
        <source>Run one task for each line, with that line as its input.</source>
        <translation>Für jede Zeile eine Aufgabe ausführen, mit dieser Zeile als Eingabe.</translation>
    </message>
</context>
<context>
    <name>volnux::TrendPlots</name>
    <message>
        <source>Run duration</source>
        <translation>Laufdauer</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Task duration per event: median (solid), 95th percentile (dashed)</source>
        <translation>Task-Dauer pro Ereignis: Median (durchgezogen), 95. Perzentil (gestrichelt)</translation>
    </message>
    <message>
        <source>Failure rate and attempts per task</source>
        <translation>Fehlerquote und Versuche pro Task</translation>
    </message>
    <message>
        <source>% of tasks failed</source>
        <translation>% fehlgeschlagene Tasks</translation>
    </message>
    <message>
        <source>Time spent waiting to retry</source>
        <translation>Wartezeit vor Wiederholungen</translation>
    </message>
    <message>
        <source>seconds, all tasks</source>
        <translation>Sekunden, alle Tasks</translation>
    </message>
    <message>
        <source>attempts per task</source>
        <translation>Versuche pro Task</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>did not succeed</source>
        <translation>nicht erfolgreich</translation>
    </message>
    <message>
        <source>failed (%)</source>
        <translation>fehlgeschlagen (%)</translation>
    </message>
    <message>
        <source>retry waits</source>
        <translation>Wartezeiten</translation>
    </message>
</context>
<context>
    <name>volnux::TrendsView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Last &amp;runs:</source>
        <translation>Letzte &amp;Läufe:</translation>
    </message>
    <message>
        <source>Flaky: retried or failed in at &amp;least</source>
        <translation>Instabil: wiederholt oder fehlgeschlagen in &amp;mindestens</translation>
    </message>
    <message>
        <source>of the last &amp;n runs</source>
        <translation>der letzten &amp;n Läufe</translation>
    </message>
    <message>
        <source>Runs where it was retried or failed:</source>
        <translation>Läufe, in denen er wiederholt wurde oder fehlschlug:</translation>
    </message>
    <message>
        <source>Flaky tasks (activate one to see its runs):</source>
        <translation>Instabile Tasks (einen aktivieren, um seine Läufe zu sehen):</translation>
    </message>
    <message numerus="yes">
        <source>Reading the last %n run(s)…</source>
        <translation>
            <numerusform>Der letzte %n Lauf wird gelesen…</numerusform>
            <numerusform>Die letzten %n Läufe werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; showing what was read before.</source>
        <translation>Abgebrochen; das zuvor Gelesene wird angezeigt.</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>Die Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No finished runs of this project are recorded yet.</source>
        <translation>Von diesem Projekt sind noch keine beendeten Läufe aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 to %2</source>
        <translation>
            <numerusform>%n Lauf, %1 bis %2</numerusform>
            <numerusform>%n Läufe, %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1: failed</source>
        <translation>Lauf %1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>run %1: retried</source>
        <translation>Lauf %1: wiederholt</translation>
    </message>
</context>
<context>
    <name>volnux::UserGuideDialog</name>
    <message>
        <source>Volnux Studio User Guide</source>
        <translation>Volnux Studio Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersModel</name>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Runs up to %n attempts at once</source>
        <translation>
            <numerusform>Führt bis zu %n Versuch gleichzeitig aus</numerusform>
            <numerusform>Führt bis zu %n Versuche gleichzeitig aus</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letzter Herzschlag</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersPanel</name>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>The volnux-worker processes of the queue: when each last beat, and its attempts in the run on screen (running, finished, failed).</source>
        <translation>Die volnux-worker-Prozesse der Warteschlange: wann jeder zuletzt ein Lebenszeichen gab, und seine Versuche im angezeigten Lauf (laufend, beendet, fehlgeschlagen).</translation>
    </message>
    <message>
        <source>No Redis configured. RedisExecutor events need the project&apos;s cluster.redis_url, a Redis URL in Preferences or $VOLNUX_REDIS_URL.</source>
        <translation>Kein Redis eingerichtet. RedisExecutor-Ereignisse brauchen cluster.redis_url des Projekts, eine Redis-URL in den Einstellungen oder $VOLNUX_REDIS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the workers: %1</source>
        <translation>Die Worker können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the workers of queue %1 at %2…</source>
        <translation>Lese die Worker der Warteschlange %1 bei %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) connected to queue %1 at %2</source>
        <translation>
            <numerusform>%n Worker mit Warteschlange %1 bei %2 verbunden</numerusform>
            <numerusform>%n Worker mit Warteschlange %1 bei %2 verbunden</numerusform>
        </translation>
    </message>
</context>
</TS>
