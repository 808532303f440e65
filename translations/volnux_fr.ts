<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutText</name>
    <message>
        <source>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;Design, run and monitor events.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QCustomPlot %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;Concevoir, exécuter et surveiller des événements.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3) · QCustomPlot %4&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Aucune garantie.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>slower +%1</source>
        <translation>plus lent +%1</translation>
    </message>
    <message>
        <source>faster −%1</source>
        <translation>plus rapide −%1</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <source>Picture Size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <source>Width × height in pixels:</source>
        <translation>Largeur × hauteur en pixels :</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: a picture is saved as .png, .svg or .pdf</source>
        <translation>%1 : une image s’enregistre au format .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is the run store; writing it would destroy the store</source>
        <translation>%1 est le stockage des exécutions ; l'écrire le détruirait</translation>
    </message>
    <message>
        <source>%1 is the project file the run ran; writing it would destroy the project</source>
        <translation>%1 est le fichier de projet que l'exécution a lancé ; l'écrire détruirait le projet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, run and monitor events.</source>
        <translation>Concevoir, exécuter et surveiller des événements.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>Le projet à ouvrir.</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptBarsPlottable</name>
    <message>
        <source>Backoff after attempt %1: %2 scheduled</source>
        <translation>Attente après la tentative %1 : %2 prévue</translation>
    </message>
    <message>
        <source>next attempt due at %1</source>
        <translation>prochaine tentative prévue à %1</translation>
    </message>
    <message>
        <source>Attempt %1 / %2: %3</source>
        <translation>Tentative %1 / %2 : %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>start %1, duration %2</source>
        <translation>début %1, durée %2</translation>
    </message>
    <message>
        <source>then backoff %1</source>
        <translation>puis attente %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>Tasks in view: %1; %2 succeeded, %3 failed</source>
        <translation>Tâches affichées : %1 ; %2 réussies, %3 en échec</translation>
    </message>
    <message>
        <source>Click to show its tasks</source>
        <translation>Cliquer pour afficher ses tâches</translation>
    </message>
    <message>
        <source>Click to collapse its tasks</source>
        <translation>Cliquer pour replier ses tâches</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptText</name>
    <message>
        <source>cancelled before it started</source>
        <translation>annulée avant de démarrer</translation>
    </message>
    <message>
        <source>returned a failure</source>
        <translation>a renvoyé un échec</translation>
    </message>
    <message>
        <source>returned a failure: %1</source>
        <translation>a renvoyé un échec : %1</translation>
    </message>
    <message>
        <source>%1 planned, %2 actual</source>
        <translation>%1 prévu, %2 réel</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled before it started: it ran nothing.</source>
        <translation>La tentative %1 a été annulée avant de démarrer : elle n’a rien exécuté.</translation>
    </message>
    <message>
        <source>Attempt %1 wrote no output.</source>
        <translation>La tentative %1 n’a rien écrit.</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled: %2</source>
        <translation>La tentative %1 a été annulée : %2</translation>
    </message>
    <message>
        <source>Attempt %1 failed with %2</source>
        <translation>La tentative %1 a échoué avec %2</translation>
    </message>
    <message>
        <source>Retry now, %1 early</source>
        <translation>Réessayé, %1 en avance</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <source>Due at %1, started at %2: %3</source>
        <translation>Prévue à %1, démarrée à %2 : %3</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptsModel</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[%n ligne précédente supprimée]</numerusform>
            <numerusform>[%n lignes précédentes supprimées]</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Backoff after</source>
        <translation>Attente après</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Start vs due</source>
        <translation>Début vs prévu</translation>
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
        <translation>tentative</translation>
    </message>
    <message>
        <source>wait before attempt (s)</source>
        <translation>attente avant la tentative (s)</translation>
    </message>
    <message>
        <source>cumulative wait (s)</source>
        <translation>attente cumulée (s)</translation>
    </message>
    <message>
        <source>jitter range</source>
        <translation>plage de gigue</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>attente</translation>
    </message>
    <message>
        <source>wait (capped)</source>
        <translation>attente (plafonnée)</translation>
    </message>
    <message>
        <source>cumulative worst case</source>
        <translation>cumul dans le pire cas</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); worst-case waiting %1</source>
        <translation>
            <numerusform>%n tentative ; attente dans le pire cas %1</numerusform>
            <numerusform>%n tentatives ; attente dans le pire cas %1</numerusform>
        </translation>
    </message>
    <message>
        <source> over the first %1 attempts shown</source>
        <translation> sur les %1 premières tentatives affichées</translation>
    </message>
    <message>
        <source>; with full jitter each wait is drawn between 0 and its bar&apos;s top</source>
        <translation>; avec la gigue complète, chaque attente est tirée entre 0 et le haut de sa barre</translation>
    </message>
    <message>
        <source>; with equal jitter each wait is drawn between half and all of its bar</source>
        <translation>; avec la gigue égale, chaque attente est tirée entre la moitié et la totalité de sa barre</translation>
    </message>
    <message>
        <source>max_backoff %1</source>
        <translation>max_backoff %1</translation>
    </message>
    <message>
        <source>Backoff chart</source>
        <translation>Graphique des attentes</translation>
    </message>
    <message>
        <source>The wait before each attempt and their running total; the text below it sums it up.</source>
        <translation>L’attente avant chaque tentative et leur total cumulé ; le texte en dessous les résume.</translation>
    </message>
</context>
<context>
    <name>volnux::ChangedTasksModel</name>
    <message>
        <source>newly failing</source>
        <translation>nouvel échec</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>maintenant %1</translation>
    </message>
    <message>
        <source>+1 attempt</source>
        <translation>+1 tentative</translation>
    </message>
    <message>
        <source>−1 attempt</source>
        <translation>−1 tentative</translation>
    </message>
    <message>
        <source>+%1 attempts</source>
        <translation>+%1 tentatives</translation>
    </message>
    <message>
        <source>−%1 attempts</source>
        <translation>−%1 tentatives</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Outcome A</source>
        <translation>Résultat A</translation>
    </message>
    <message>
        <source>Outcome B</source>
        <translation>Résultat B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>Tentatives A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>Tentatives B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
</context>
<context>
    <name>volnux::CompareEventsModel</name>
    <message>
        <source>only in B</source>
        <translation>seulement dans B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>seulement dans A</translation>
    </message>
    <message>
        <source>newly failing</source>
        <translation>nouvel échec</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>more failures</source>
        <translation>plus d’échecs</translation>
    </message>
    <message>
        <source>1 more attempt</source>
        <translation>1 tentative de plus</translation>
    </message>
    <message>
        <source>1 fewer attempt</source>
        <translation>1 tentative de moins</translation>
    </message>
    <message>
        <source>%1 more attempts</source>
        <translation>%1 tentatives de plus</translation>
    </message>
    <message>
        <source>%1 fewer attempts</source>
        <translation>%1 tentatives de moins</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status A</source>
        <translation>État A</translation>
    </message>
    <message>
        <source>Status B</source>
        <translation>État B</translation>
    </message>
    <message>
        <source>Succeeded A</source>
        <translation>Réussies A</translation>
    </message>
    <message>
        <source>Succeeded B</source>
        <translation>Réussies B</translation>
    </message>
    <message>
        <source>Failed A</source>
        <translation>Échouées A</translation>
    </message>
    <message>
        <source>Failed B</source>
        <translation>Échouées B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>Tentatives A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>Tentatives B</translation>
    </message>
    <message>
        <source>Duration A</source>
        <translation>Durée A</translation>
    </message>
    <message>
        <source>Duration B</source>
        <translation>Durée B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
</context>
<context>
    <name>volnux::CompareTimelines</name>
    <message>
        <source>A: run %1</source>
        <translation>A : exécution %1</translation>
    </message>
    <message>
        <source>B: run %1</source>
        <translation>B : exécution %1</translation>
    </message>
</context>
<context>
    <name>volnux::DesignWarnings</name>
    <message>
        <source>events[%1]: &apos;%2&apos; is not in the pipeline, so it never runs: every run skips its tasks. Add it to the pipeline, or delete the event.</source>
        <translation>events[%1] : « %2 » n’est pas dans le pipeline et ne s’exécute donc jamais : chaque exécution ignore ses tâches. Ajoutez-le au pipeline ou supprimez l’événement.</translation>
    </message>
</context>
<context>
    <name>volnux::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de « %1 » avant de le fermer ?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Volnux Studio did not close normally. Unsaved changes to “%1” from %2 were kept. Restore them?</source>
        <translation>Volnux Studio ne s’est pas fermé normalement. Les modifications non enregistrées de « %1 » du %2 ont été conservées. Les restaurer ?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Volnux projects (*.vxproj *.json);;All files (*)</source>
        <translation>Projets Volnux (*.vxproj *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>volnux::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Fix these problems before saving</source>
        <translation>Corrigez ces problèmes avant d’enregistrer</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Cannot restore unsaved work</source>
        <translation>Impossible de restaurer le travail non enregistré</translation>
    </message>
    <message>
        <source>Restored unsaved work</source>
        <translation>Travail non enregistré restauré</translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved work, as it was: %n problem(s) to fix before it can be saved or run</source>
        <translation>
            <numerusform>Travail non enregistré restauré tel quel : %n problème à corriger avant de pouvoir enregistrer ou exécuter</numerusform>
            <numerusform>Travail non enregistré restauré tel quel : %n problèmes à corriger avant de pouvoir enregistrer ou exécuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more will be offered at the next start</source>
        <translation>
            <numerusform>; %n autre sera proposé au prochain démarrage</numerusform>
            <numerusform>; %n autres seront proposés au prochain démarrage</numerusform>
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
        <translation>Modifier le pipeline</translation>
    </message>
</context>
<context>
    <name>volnux::EditProjectNameCommand</name>
    <message>
        <source>Rename project</source>
        <translation>Renommer le projet</translation>
    </message>
</context>
<context>
    <name>volnux::EventEditor</name>
    <message>
        <source>Select an event in the project explorer, or add one.</source>
        <translation>Sélectionnez un événement dans l’explorateur de projet, ou ajoutez-en un.</translation>
    </message>
</context>
<context>
    <name>volnux::EventExplanation</name>
    <message>
        <source>Select an event to see why it succeeded or failed.</source>
        <translation>Sélectionnez un événement pour voir pourquoi il a réussi ou échoué.</translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation>%1 n’a pas encore été évalué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by the failures of:</source>
        <translation>Décidé par les échecs de :</translation>
    </message>
    <message>
        <source>Rescued by the successes of:</source>
        <translation>Sauvé par les réussites de :</translation>
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
        <translation>Renommer l’événement</translation>
    </message>
</context>
<context>
    <name>volnux::EventSummaryModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1
Pipeline branch %2</source>
        <translation>%1
Branche %2 du pipeline</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>volnux::ExceptionTypesEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pick or type an error type</source>
        <translation>Choisissez ou saisissez un type d’erreur</translation>
    </message>
    <message>
        <source>Error type to add</source>
        <translation>Type d’erreur à ajouter</translation>
    </message>
    <message>
        <source>Error types to retry</source>
        <translation>Types d’erreur à réessayer</translation>
    </message>
    <message>
        <source>Pick an error type from the tree, or type your own, then press Add. A listed type includes the types derived from it.</source>
        <translation>Choisissez un type d’erreur dans l’arbre ou saisissez le vôtre, puis appuyez sur Ajouter. Un type listé inclut les types qui en dérivent.</translation>
    </message>
    <message>
        <source>Add the chosen error type to the types to retry.</source>
        <translation>Ajouter le type d’erreur choisi aux types à réessayer.</translation>
    </message>
    <message>
        <source>Remove the selected error types from the list.</source>
        <translation>Retirer de la liste les types d’erreur sélectionnés.</translation>
    </message>
    <message>
        <source>Empty list: any error except CancelledError.</source>
        <translation>Liste vide : toute erreur sauf CancelledError.</translation>
    </message>
</context>
<context>
    <name>volnux::ExecutorSection</name>
    <message>
        <source>Executor</source>
        <translation>Exécuteur</translation>
    </message>
    <message>
        <source>EMPTY: %1</source>
        <translation>VIDE : %1</translation>
    </message>
    <message>
        <source>processor count: %1</source>
        <translation>nombre de processeurs : %1</translation>
    </message>
    <message>
        <source>workers live as long as the executor</source>
        <translation>les workers vivent aussi longtemps que l’exécuteur</translation>
    </message>
    <message>
        <source>threads keep their default names</source>
        <translation>les threads gardent leur nom par défaut</translation>
    </message>
    <message>
        <source>attempts have no time limit</source>
        <translation>les tentatives n’ont pas de limite de temps</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The longest one attempt may take. An attempt still running then fails with TimeoutError, which the retry policy retries like any other error; a process-pool worker still running it is killed and replaced.</source>
        <translation>La durée maximale d’une tentative. Une tentative encore en cours à ce moment échoue avec TimeoutError, que la politique de nouvelle tentative traite comme toute autre erreur ; un worker du pool de processus qui l’exécute encore est arrêté et remplacé.</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Exécuteur :</translation>
    </message>
    <message>
        <source>max_workers:</source>
        <translation>max_workers :</translation>
    </message>
    <message>
        <source>max_tasks_per_child:</source>
        <translation>max_tasks_per_child :</translation>
    </message>
    <message>
        <source>thread_name_prefix:</source>
        <translation>thread_name_prefix :</translation>
    </message>
    <message>
        <source>timeout_ms:</source>
        <translation>timeout_ms :</translation>
    </message>
    <message>
        <source>Change executor</source>
        <translation>Changer d’exécuteur</translation>
    </message>
    <message>
        <source>Edit max_workers</source>
        <translation>Modifier max_workers</translation>
    </message>
    <message>
        <source>Edit max_tasks_per_child</source>
        <translation>Modifier max_tasks_per_child</translation>
    </message>
    <message>
        <source>Edit thread_name_prefix</source>
        <translation>Modifier thread_name_prefix</translation>
    </message>
    <message>
        <source>Edit timeout_ms</source>
        <translation>Modifier timeout_ms</translation>
    </message>
    <message>
        <source>Tasks run one after another on the run&apos;s engine thread; the pool settings below apply to the pool executors.</source>
        <translation>Les tâches s’exécutent l’une après l’autre dans le thread moteur de l’exécution ; les réglages de pool ci-dessous s’appliquent aux exécuteurs à pool.</translation>
    </message>
    <message>
        <source>Tasks run on a pool of threads.</source>
        <translation>Les tâches s’exécutent dans un pool de threads.</translation>
    </message>
    <message>
        <source>Tasks run in worker processes; a crashed worker fails its attempt with WorkerCrashedError and is replaced.</source>
        <translation>Les tâches s’exécutent dans des processus workers ; un worker qui plante fait échouer sa tentative avec WorkerCrashedError et est remplacé.</translation>
    </message>
    <message>
        <source>Where the event&apos;s tasks run: one after another on the run&apos;s engine thread, on a pool of threads or on a pool of worker processes.</source>
        <translation>Où s’exécutent les tâches de l’événement : l’une après l’autre sur le thread moteur de l’exécution, sur un pool de threads ou sur un pool de processus de travail.</translation>
    </message>
    <message>
        <source>The most workers (threads or processes) the executor runs at once.</source>
        <translation>Le nombre maximal de workers (threads ou processus) que l’exécuteur fait tourner en même temps.</translation>
    </message>
    <message>
        <source>A worker is retired after running this many attempts, and a fresh worker takes its place.</source>
        <translation>Un worker est retiré après ce nombre de tentatives, et un nouveau worker prend sa place.</translation>
    </message>
    <message>
        <source>Worker threads are named prefix + index; the name shows in the run monitor&apos;s Worker column.</source>
        <translation>Les threads de travail sont nommés préfixe + indice ; le nom apparaît dans la colonne Worker du moniteur d’exécution.</translation>
    </message>
</context>
<context>
    <name>volnux::ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy Rows with &amp;Header</source>
        <translation>Copier les lignes avec l’&amp;en-tête</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Save Picture…</source>
        <translation>&amp;Enregistrer l’image…</translation>
    </message>
    <message>
        <source>Save Picture at Si&amp;ze…</source>
        <translation>Enregistrer l’image à la &amp;taille…</translation>
    </message>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>Copier l’&amp;image</translation>
    </message>
    <message>
        <source>A picture is at most %1 pixels on a side.</source>
        <translation>Une image fait au plus %1 pixels de côté.</translation>
    </message>
</context>
<context>
    <name>volnux::FlakyTasksModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 exécutions sur %2</translation>
    </message>
    <message>
        <source>(returned failure)</source>
        <translation>(échec renvoyé)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Retried or failed</source>
        <translation>Réessayée ou échouée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Error types</source>
        <translation>Types d’erreur</translation>
    </message>
    <message>
        <source>Succeeded at attempt</source>
        <translation>Réussie à la tentative</translation>
    </message>
    <message>
        <source>Runs (newest first)</source>
        <translation>Exécutions (récentes d’abord)</translation>
    </message>
</context>
<context>
    <name>volnux::GeneralSection</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Renommer l’événement</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Changer de type</translation>
    </message>
    <message>
        <source>Edit parameters</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>The event&apos;s name, unique in the project: the pipeline, the run monitor and the run history refer to the event by it.</source>
        <translation>Le nom de l’événement, unique dans le projet : le pipeline, le moniteur d’exécution et l’historique le désignent par ce nom.</translation>
    </message>
    <message>
        <source>What each task does: run a program, sleep, compute, simulate an outcome or call an event from a plugin library.</source>
        <translation>Ce que fait chaque tâche : lancer un programme, attendre, calculer, simuler un résultat ou appeler un événement d’une bibliothèque de plugin.</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryModel</name>
    <message>
        <source>#%1 ↻ rerun of #%2</source>
        <translation>#%1 ↻ relance de #%2</translation>
    </message>
    <message>
        <source>Run %1 reran the failed or chosen tasks of run %2</source>
        <translation>L’exécution %1 a relancé les tâches échouées ou choisies de l’exécution %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryPanel</name>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>List the runs of every project, not only the open one&apos;s</source>
        <translation>Lister les exécutions de tous les projets, pas seulement celles du projet ouvert</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Search run, project, host…</source>
        <translation>Chercher une exécution, un projet, un hôte…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected run in the Run panel, read-only</source>
        <translation>Afficher l’exécution sélectionnée dans le panneau Exécution, en lecture seule</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>Comparer les deux exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the selected run as JSON Lines, a Chrome trace or CSV</source>
        <translation>Enregistrer l’exécution sélectionnée en JSON Lines, trace Chrome ou CSV</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected runs from the run store (Undo follows)</source>
        <translation>Supprimer les exécutions sélectionnées du stockage des exécutions (annulable)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 exécution</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <source>1 run deleted</source>
        <translation>1 exécution supprimée</translation>
    </message>
    <message>
        <source>%1 runs deleted</source>
        <translation>%1 exécutions supprimées</translation>
    </message>
    <message>
        <source>Save the project to keep its runs</source>
        <translation>Enregistrez le projet pour conserver ses exécutions</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Exécutions enregistrées</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Rechercher des exécutions</translation>
    </message>
    <message>
        <source>The runs kept in the run store, newest first. Open one to see it in the monitor; select two to compare them.</source>
        <translation>Les exécutions conservées dans le magasin, les plus récentes d’abord. Ouvrez-en une pour la voir dans le moniteur ; sélectionnez-en deux pour les comparer.</translation>
    </message>
    <message>
        <source>Show only the runs that ended in this state</source>
        <translation>N’afficher que les exécutions terminées dans cet état</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last</source>
        <translation>Rétablir les dernières exécutions supprimées</translation>
    </message>
</context>
<context>
    <name>volnux::KindParamsEditor</name>
    <message>
        <source>Must be %1.</source>
        <translation>Doit être %1.</translation>
    </message>
    <message>
        <source>EMPTY</source>
        <translation>VIDE</translation>
    </message>
    <message>
        <source>Leave out of the file: the default, %1, applies.</source>
        <translation>Ne pas écrire dans le fichier : la valeur par défaut, %1, s’applique.</translation>
    </message>
    <message>
        <source>Leave out of the file.</source>
        <translation>Ne pas écrire dans le fichier.</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>CLÉ=VALEUR, une par ligne</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>e.g. 0, 2, 5</source>
        <translation>p. ex. 0, 2, 5</translation>
    </message>
    <message>
        <source>a JSON value or text</source>
        <translation>une valeur JSON ou du texte</translation>
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
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Annuler l’e&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Renommer l’événement</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>Dupliquer l’événement</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Volnux Studio</source>
        <translation>À &amp;propos de Volnux Studio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>%1[*] — Volnux Studio</source>
        <translation>%1[*] — Volnux Studio</translation>
    </message>
    <message>
        <source>Running needs the run monitor, which this build lacks</source>
        <translation>L’exécution nécessite le moniteur d’exécution, absent de cette version</translation>
    </message>
    <message numerus="yes">
        <source>Run the project (F5): %n problem(s) to fix first</source>
        <translation>
            <numerusform>Exécuter le projet (F5) : %n problème à corriger d’abord</numerusform>
            <numerusform>Exécuter le projet (F5) : %n problèmes à corriger d’abord</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the project (F5)</source>
        <translation>Exécuter le projet (F5)</translation>
    </message>
    <message>
        <source>Cancel the run (Shift+F5)</source>
        <translation>Annuler l’exécution (Maj+F5)</translation>
    </message>
    <message>
        <source>No run in progress</source>
        <translation>Aucune exécution en cours</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problems list</source>
        <translation>Afficher la liste des problèmes</translation>
    </message>
    <message>
        <source>About Volnux Studio</source>
        <translation>À propos de Volnux Studio</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalIntField</name>
    <message>
        <source>EMPTY</source>
        <translation>VIDE</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the executor uses its default.</source>
        <translation>Ne pas écrire le champ dans le fichier ; l’exécuteur utilise sa valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalTextField</name>
    <message>
        <source>EMPTY</source>
        <translation>VIDE</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the default applies.</source>
        <translation>Omettre le champ du fichier ; la valeur par défaut s’applique.</translation>
    </message>
</context>
<context>
    <name>volnux::OutcomeSection</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>EMPTY: SUCCESS_ON_ALL_EVENTS_SUCCESS</source>
        <translation>VIDE : SUCCESS_ON_ALL_EVENTS_SUCCESS</translation>
    </message>
    <message>
        <source>After its retries, an exception cancels the event&apos;s other tasks and no later event starts; the run ends as stopped.</source>
        <translation>Après ses nouvelles tentatives, une exception annule les autres tâches de l’événement et aucun événement suivant ne démarre ; l’exécution se termine comme arrêtée.</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Évaluation :</translation>
    </message>
    <message>
        <source>Change evaluation</source>
        <translation>Changer l’évaluation</translation>
    </message>
    <message>
        <source>Toggle stop_on_exception</source>
        <translation>Basculer stop_on_exception</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> tasks</source>
        <translation> tâches</translation>
    </message>
    <message>
        <source>Evaluation threshold</source>
        <translation>Seuil d’évaluation</translation>
    </message>
    <message>
        <source>How the outcomes of the event&apos;s tasks decide whether the event succeeded, once all of them have ended.</source>
        <translation>Comment les résultats des tâches de l’événement décident de sa réussite, une fois toutes terminées.</translation>
    </message>
    <message>
        <source>How many tasks (AT_LEAST_COUNT) or what percentage of them (AT_LEAST_PERCENT) must succeed.</source>
        <translation>Combien de tâches (AT_LEAST_COUNT) ou quel pourcentage d’entre elles (AT_LEAST_PERCENT) doivent réussir.</translation>
    </message>
    <message>
        <source>Stop the run on an exception</source>
        <translation>Arrêter l’exécution sur une exception</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading this run; what was read so far stays on screen</source>
        <translation>Arrêter la lecture de cette exécution ; ce qui a déjà été lu reste affiché</translation>
    </message>
    <message>
        <source>Run #%1 of %2, started %3, %4 in %5</source>
        <translation>Exécution #%1 de %2, début %3, %4 en %5</translation>
    </message>
    <message>
        <source>Reading past run: %1…</source>
        <translation>Lecture de l’exécution passée : %1…</translation>
    </message>
    <message>
        <source>Past run (read-only): %1.</source>
        <translation>Exécution passée (lecture seule) : %1.</translation>
    </message>
    <message>
        <source>Past run (read-only, partly read: cancelled): %1.</source>
        <translation>Exécution passée (lecture seule, lue en partie : annulée) : %1.</translation>
    </message>
    <message>
        <source>The past run could not be read: %1</source>
        <translation>Impossible de lire l’exécution passée : %1</translation>
    </message>
    <message>
        <source>%1 has no recorded runs yet. Choose Run (F5) to start one; every run is kept in History.</source>
        <translation>%1 n’a encore aucune exécution enregistrée. Choisissez Exécuter (F5) pour en démarrer une ; chaque exécution est conservée dans l’historique.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Ce projet</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunController</name>
    <message>
        <source>reading run #%1 was cancelled</source>
        <translation>la lecture de l’exécution #%1 a été annulée</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineEditor</name>
    <message>
        <source>Empty: the events run in the order of the project explorer.
Example: fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</source>
        <translation>Vide : les événements s’exécutent dans l’ordre de l’explorateur de projet.
Exemple : fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No pipeline: the events run in the order of the project explorer.</source>
        <translation>Pas de pipeline : les événements s’exécutent dans l’ordre de l’explorateur de projet.</translation>
    </message>
    <message>
        <source>Out of date: the text has an error at line %1, column %2. The graph shows the last pipeline that was valid.</source>
        <translation>Obsolète : le texte contient une erreur ligne %1, colonne %2. Le graphe montre le dernier pipeline valide.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline text</source>
        <translation>Texte du pipeline</translation>
    </message>
    <message>
        <source>The order the events run in: A -&gt; B one after another, A || B at once, A (0 -&gt; F, 1 -&gt; S) by A&apos;s outcome, A * 3 with up to three attempts.</source>
        <translation>L’ordre d’exécution des événements : A -&gt; B l’un après l’autre, A || B en même temps, A (0 -&gt; F, 1 -&gt; S) selon le résultat de A, A * 3 avec jusqu’à trois tentatives.</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineGraphView</name>
    <message>
        <source>× %1 attempts</source>
        <translation>× %1 tentatives</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>0 failure</source>
        <translation>0 échec</translation>
    </message>
    <message>
        <source>1 success</source>
        <translation>1 succès</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l’instant</translation>
    </message>
    <message>
        <source>Pipeline graph</source>
        <translation>Graphe du pipeline</translation>
    </message>
    <message>
        <source>The events in the order the pipeline runs them. Arrow keys select an event, Enter opens it in the editor, + and - zoom.</source>
        <translation>Les événements dans l’ordre où le pipeline les exécute. Les flèches sélectionnent un événement, Entrée l’ouvre dans l’éditeur, + et - zooment.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1 · %2/%3 done</source>
        <translation>%1 · %2/%3 terminées</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n échouée</numerusform>
            <numerusform>, %n échouées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volnux::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Taille de &amp;police :</translation>
    </message>
    <message>
        <source>The language of the studio; it changes as soon as you press OK</source>
        <translation>La langue du studio ; elle change dès que vous appuyez sur OK</translation>
    </message>
    <message>
        <source>Light or dark colours, or whatever the system uses</source>
        <translation>Couleurs claires ou sombres, ou celles du système</translation>
    </message>
    <message>
        <source>The size of the studio&apos;s text; the lowest value uses the system&apos;s</source>
        <translation>La taille du texte du studio ; la plus petite valeur reprend celle du système</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Conserver ces réglages</translation>
    </message>
    <message>
        <source>Go back to the settings you had before</source>
        <translation>Revenir aux réglages précédents</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.redis_url</source>
        <translation>le cluster.redis_url du projet</translation>
    </message>
    <message>
        <source>The Redis server through which RedisExecutor events reach volnux-worker processes, as redis://[user:password@]host:port/db or unix:///path/to/socket. It replaces the project&apos;s cluster.redis_url; $VOLNUX_REDIS_URL is used when this is empty.</source>
        <translation>Le serveur Redis par lequel les événements RedisExecutor atteignent les processus volnux-worker, sous la forme redis://[user:password@]host:port/db ou unix:///path/to/socket. Il remplace le cluster.redis_url du projet ; vide, $VOLNUX_REDIS_URL s’applique.</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.queue</source>
        <translation>le cluster.queue du projet</translation>
    </message>
    <message>
        <source>The queue whose workers run the attempts; it replaces the project&apos;s cluster.queue.</source>
        <translation>La file dont les workers exécutent les tentatives ; elle remplace le cluster.queue du projet.</translation>
    </message>
    <message>
        <source>&amp;Redis URL:</source>
        <translation>URL &amp;Redis :</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File :</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in %1:</source>
        <translation>
            <numerusform>%n problème dans %1 :</numerusform>
            <numerusform>%n problèmes dans %1 :</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsPanel</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Cliquez sur un problème pour aller à son champ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectChangedNote</name>
    <message>
        <source>Run again with changes</source>
        <translation>Réexécuter avec les modifications</translation>
    </message>
    <message>
        <source>The project was edited during this run. The run goes on with the project as it was when it started; the edits are not in it.</source>
        <translation>Le projet a été modifié pendant cette exécution. L’exécution continue avec le projet tel qu’il était à son démarrage ; les modifications n’y sont pas.</translation>
    </message>
    <message>
        <source>The project was edited after this run started; the edits were not in it.</source>
        <translation>Le projet a été modifié après le démarrage de cette exécution ; les modifications n’y étaient pas.</translation>
    </message>
    <message>
        <source>Cancel this run, then start a new one with the edits</source>
        <translation>Annuler cette exécution, puis en démarrer une nouvelle avec les modifications</translation>
    </message>
    <message>
        <source>Start a new run with the edits</source>
        <translation>Démarrer une nouvelle exécution avec les modifications</translation>
    </message>
    <message>
        <source>Start a new run of the project as it is now</source>
        <translation>Lancer une nouvelle exécution du projet tel qu’il est maintenant</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectExplorer</name>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Dupliquer l’événement</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in run summaries and traces</source>
        <translation>Le nom du projet, affiché dans les résumés d’exécution et les traces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>The project&apos;s events. Select one to edit it; F2 renames it. Without a pipeline they run in this order.</source>
        <translation>Les événements du projet. Sélectionnez-en un pour le modifier ; F2 le renomme. Sans pipeline, ils s’exécutent dans cet ordre.</translation>
    </message>
</context>
<context>
    <name>volnux::RemoveEventCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
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
        <translation>Politique de nouvelle tentative</translation>
    </message>
    <message>
        <source>Without a retry policy every task makes one attempt.</source>
        <translation>Sans politique de nouvelle tentative, chaque tâche fait une seule tentative.</translation>
    </message>
    <message>
        <source>none: exactly the formula</source>
        <translation>none : exactement la formule</translation>
    </message>
    <message>
        <source>full: random, 0 to the formula</source>
        <translation>full : aléatoire, de 0 à la formule</translation>
    </message>
    <message>
        <source>equal: half, plus random up to half</source>
        <translation>equal : la moitié, plus un aléatoire jusqu’à la moitié</translation>
    </message>
    <message>
        <source>Spreads the retries of tasks that failed together, so they do not all come back at the same instant. The chart shows the range.</source>
        <translation>Étale les nouvelles tentatives des tâches qui ont échoué ensemble, pour qu’elles ne reviennent pas toutes au même instant. Le graphique montre la plage.</translation>
    </message>
    <message>
        <source>The wait before attempt n + 1 is factor × 2^(n−1), capped.</source>
        <translation>L’attente avant la tentative n + 1 vaut facteur × 2^(n−1), plafonnée.</translation>
    </message>
    <message>
        <source>Empty: retry any error except CancelledError. Listed types include the types derived from them.</source>
        <translation>Vide : réessayer toute erreur sauf CancelledError. Les types listés incluent les types qui en dérivent.</translation>
    </message>
    <message>
        <source>max_attempts:</source>
        <translation>max_attempts :</translation>
    </message>
    <message>
        <source>backoff_factor:</source>
        <translation>backoff_factor :</translation>
    </message>
    <message>
        <source>max_backoff:</source>
        <translation>max_backoff :</translation>
    </message>
    <message>
        <source>Retry on:</source>
        <translation>Réessayer sur :</translation>
    </message>
    <message>
        <source>jitter:</source>
        <translation>jitter :</translation>
    </message>
    <message>
        <source>Toggle retry policy</source>
        <translation>Basculer la politique de nouvelle tentative</translation>
    </message>
    <message>
        <source>Edit max_attempts</source>
        <translation>Modifier max_attempts</translation>
    </message>
    <message>
        <source>Edit backoff_factor</source>
        <translation>Modifier backoff_factor</translation>
    </message>
    <message>
        <source>Edit max_backoff</source>
        <translation>Modifier max_backoff</translation>
    </message>
    <message>
        <source>Edit retry_on_exceptions</source>
        <translation>Modifier retry_on_exceptions</translation>
    </message>
    <message>
        <source>Edit jitter</source>
        <translation>Modifier jitter</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, overriding max_attempts; the rest is this policy.</source>
        <translation>
            <numerusform>Le pipeline exécute cet événement comme « %1 » : %n tentative par tâche, qui remplace max_attempts ; le reste vient de cette politique.</numerusform>
            <numerusform>Le pipeline exécute cet événement comme « %1 » : %n tentatives par tâche, qui remplacent max_attempts ; le reste vient de cette politique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, with the default policy for the rest.</source>
        <translation>
            <numerusform>Le pipeline exécute cet événement comme « %1 » : %n tentative par tâche, avec la politique par défaut pour le reste.</numerusform>
            <numerusform>Le pipeline exécute cet événement comme « %1 » : %n tentatives par tâche, avec la politique par défaut pour le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this event&apos;s retry policy.</source>
        <translation>D’après la politique de nouvelle tentative de cet événement.</translation>
    </message>
    <message>
        <source>No retry policy: one attempt per task.</source>
        <translation>Pas de politique de nouvelle tentative : une tentative par tâche.</translation>
    </message>
    <message>
        <source>The most attempts a task gets, counting the first one.</source>
        <translation>Le nombre maximal de tentatives d’une tâche, la première comprise.</translation>
    </message>
    <message>
        <source>No single wait between two attempts is longer than this.</source>
        <translation>Aucune attente entre deux tentatives ne dépasse cette durée.</translation>
    </message>
</context>
<context>
    <name>volnux::RunAnalysisActions</name>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>&amp;Comparer des exécutions…</translation>
    </message>
    <message>
        <source>&amp;Export Latest Run…</source>
        <translation>E&amp;xporter la dernière exécution…</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <source>Volnux Studio</source>
        <translation>Volnux Studio</translation>
    </message>
    <message>
        <source>Compare run %1 with run %2</source>
        <translation>Comparer l’exécution %1 avec l’exécution %2</translation>
    </message>
    <message>
        <source>Trends: all projects</source>
        <translation>Tendances : tous les projets</translation>
    </message>
    <message>
        <source>Trends: %1</source>
        <translation>Tendances : %1</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>Aucune exécution enregistrée pour l’instant (%1).</translation>
    </message>
    <message>
        <source>This project has no recorded run to export.</source>
        <translation>Ce projet n’a aucune exécution enregistrée à exporter.</translation>
    </message>
    <message>
        <source>Export Run %1</source>
        <translation>Exporter l’exécution %1</translation>
    </message>
    <message>
        <source>A run is exported as .jsonl, .json (Chrome trace) or .csv.</source>
        <translation>Une exécution s’exporte en .jsonl, .json (trace Chrome) ou .csv.</translation>
    </message>
    <message>
        <source>Exporting run %1…</source>
        <translation>Export de l’exécution %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>volnux::RunCompareView</name>
    <message>
        <source>Tasks that changed outcome or attempt count</source>
        <translation>Tâches dont le résultat ou le nombre de tentatives a changé</translation>
    </message>
    <message>
        <source>Reading runs %1 and %2…</source>
        <translation>Lecture des exécutions %1 et %2…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = run %2 of %3, %4, started %5, %6, %7 tasks, %8 failed, %9 attempts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = exécution %2 de %3, %4, début %5, %6, %7 tâches, %8 échouées, %9 tentatives</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>1 task changed its outcome or attempt count</source>
        <translation>1 tâche a changé de résultat ou de nombre de tentatives</translation>
    </message>
    <message>
        <source>%1 tasks changed their outcome or attempt count</source>
        <translation>%1 tâches ont changé de résultat ou de nombre de tentatives</translation>
    </message>
    <message>
        <source>; tasks that ran in one run only: %1 in A, %2 in B</source>
        <translation> ; tâches présentes dans une seule exécution : %1 dans A, %2 dans B</translation>
    </message>
    <message>
        <source>Attempts in %1 (run %2) of %3 task %4</source>
        <translation>Tentatives dans %1 (exécution %2) de %3, tâche %4</translation>
    </message>
    <message>
        <source>Attempts in %1: select a task</source>
        <translation>Tentatives dans %1 : sélectionnez une tâche</translation>
    </message>
</context>
<context>
    <name>volnux::RunControlBar</name>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Validate the project and start a run</source>
        <translation>Valider le projet et démarrer une exécution</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel every open task of this run</source>
        <translation>Annuler toutes les tâches ouvertes de cette exécution</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Annuler tâche</translation>
    </message>
    <message>
        <source>Cancel the selected task</source>
        <translation>Annuler la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Start the next attempt of the selected task without waiting for its backoff</source>
        <translation>Démarrer la prochaine tentative de la tâche sélectionnée sans attendre la fin de son délai</translation>
    </message>
    <message>
        <source>Rerun failed</source>
        <translation>Relancer échecs</translation>
    </message>
    <message>
        <source>Start a new run of the failed tasks with the same settings</source>
        <translation>Démarrer une nouvelle exécution des tâches échouées avec les mêmes réglages</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Exécution : %1</translation>
    </message>
    <message>
        <source>Cancelled: %v of %m tasks done</source>
        <translation>Annulée : %v tâches sur %m terminées</translation>
    </message>
    <message>
        <source>Stopped: %v of %m tasks done</source>
        <translation>Arrêtée : %v tâches sur %m terminées</translation>
    </message>
    <message>
        <source>Interrupted: %v of %m tasks done</source>
        <translation>Interrompue : %v tâches sur %m terminées</translation>
    </message>
    <message>
        <source>%v / %m tasks done, %1 cancelled</source>
        <translation>%v / %m tâches terminées, %1 annulées</translation>
    </message>
    <message>
        <source>%v / %m tasks done</source>
        <translation>%v / %m tâches terminées</translation>
    </message>
</context>
<context>
    <name>volnux::RunExportJob</name>
    <message>
        <source>JSON Lines trace (*.jsonl);;Chrome trace for Perfetto (*.json);;CSV, one row per attempt (*.csv)</source>
        <translation>Trace JSON Lines (*.jsonl);;Trace Chrome pour Perfetto (*.json);;CSV, une ligne par tentative (*.csv)</translation>
    </message>
</context>
<context>
    <name>volnux::RunMonitor</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Search task, input, error…</source>
        <translation>Chercher une tâche, une entrée, une erreur…</translation>
    </message>
    <message>
        <source>Select an attempt to see its log</source>
        <translation>Sélectionnez une tentative pour voir son journal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Lane per task</source>
        <translation>Ligne par tâche</translation>
    </message>
    <message>
        <source>Lane per worker</source>
        <translation>Ligne par worker</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Attempt log</source>
        <translation>Journal de la tentative</translation>
    </message>
    <message numerus="yes">
        <source>Rerun selected tasks (%n)</source>
        <translation>
            <numerusform>Relancer la tâche sélectionnée (%n)</numerusform>
            <numerusform>Relancer les tâches sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per task: its status, attempts, the time to its next retry, its last error and worker. Select a task to see its attempts and log.</source>
        <translation>Une ligne par tâche : son état, ses tentatives, le délai avant la prochaine, sa dernière erreur et son worker. Sélectionnez une tâche pour voir ses tentatives et son journal.</translation>
    </message>
    <message>
        <source>Show only the tasks in this state</source>
        <translation>N’afficher que les tâches dans cet état</translation>
    </message>
    <message>
        <source>Show only the tasks of this event</source>
        <translation>N’afficher que les tâches de cet événement</translation>
    </message>
    <message>
        <source>Every attempt of the selected task: when it started against when it was due, how long it took and how it ended.</source>
        <translation>Chaque tentative de la tâche sélectionnée : son début face à l’heure prévue, sa durée et son issue.</translation>
    </message>
    <message>
        <source>What the selected attempt wrote, and how it ended.</source>
        <translation>Ce que la tentative sélectionnée a écrit, et comment elle s’est terminée.</translation>
    </message>
    <message>
        <source>One row per event: its status and task counts. Select an event to read why it succeeded or failed.</source>
        <translation>Une ligne par événement : son état et ses nombres de tâches. Sélectionnez un événement pour lire pourquoi il a réussi ou échoué.</translation>
    </message>
    <message>
        <source>Draw the timeline with one lane per task, or one per worker</source>
        <translation>Dessiner la chronologie avec une ligne par tâche, ou une par worker</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline</source>
        <translation>Afficher toute l’exécution sur la chronologie</translation>
    </message>
</context>
<context>
    <name>volnux::RunPairDialog</name>
    <message>
        <source>&amp;All projects</source>
        <translation>&amp;Tous les projets</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Select two runs: the older is A, the newer B.</source>
        <translation>Sélectionnez deux exécutions : la plus ancienne est A, la plus récente B.</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>Aucune exécution enregistrée pour l’instant (%1).</translation>
    </message>
    <message>
        <source>Fewer than two runs are recorded here.</source>
        <translation>Moins de deux exécutions sont enregistrées ici.</translation>
    </message>
</context>
<context>
    <name>volnux::RunTimeline</name>
    <message>
        <source>No run yet. Press Run (F5): every attempt of every task appears here as a bar,
every backoff as a gap before the next attempt.</source>
        <translation>Aucune exécution. Appuyez sur Exécuter (F5) : chaque tentative de chaque tâche apparaît ici comme une barre,
chaque attente comme un espace avant la tentative suivante.</translation>
    </message>
    <message>
        <source>seconds since run start</source>
        <translation>secondes depuis le début de l’exécution</translation>
    </message>
    <message>
        <source>Run timeline</source>
        <translation>Chronologie de l’exécution</translation>
    </message>
    <message>
        <source>Every attempt of every task as a bar over time, grouped by event. Arrow keys select a task, Enter shows its attempts, Space collapses or expands its event, + and - zoom.</source>
        <translation>Chaque tentative de chaque tâche en barre dans le temps, groupées par événement. Les flèches choisissent une tâche, Entrée montre ses tentatives, Espace replie ou déplie son événement, + et - zooment.</translation>
    </message>
    <message>
        <source>Collapse all events</source>
        <translation>Replier tous les événements</translation>
    </message>
    <message>
        <source>Expand all events</source>
        <translation>Déplier tous les événements</translation>
    </message>
</context>
<context>
    <name>volnux::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
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
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>en attente de nouvelle tentative</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
</context>
<context>
    <name>volnux::StudioWindow</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>The project cannot run</source>
        <translation>Le projet ne peut pas être exécuté</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>This run is not recorded in History: %1</source>
        <translation>Cette exécution n’est pas enregistrée dans l’historique : %1</translation>
    </message>
    <message>
        <source>A run is going on: cancel it or wait for its end to open another.</source>
        <translation>Une exécution est en cours : annulez-la ou attendez sa fin pour en ouvrir une autre.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
</context>
<context>
    <name>volnux::TaskTableModel</name>
    <message>
        <source>due</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
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
        <translation>Tâches</translation>
    </message>
    <message>
        <source>One task</source>
        <translation>Une tâche</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Nombre :</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Default: one task with input 0.</source>
        <translation>Par défaut : une tâche avec l’entrée 0.</translation>
    </message>
    <message>
        <source>One input per line; paste a column here.
Numbers and JSON values are kept as such.</source>
        <translation>Une entrée par ligne ; collez une colonne ici.
Les nombres et les valeurs JSON sont conservés tels quels.</translation>
    </message>
    <message>
        <source>(default: input 0)</source>
        <translation>(par défaut : entrée 0)</translation>
    </message>
    <message>
        <source>Edit tasks</source>
        <translation>Modifier les tâches</translation>
    </message>
    <message>
        <source>Run this many tasks, with the inputs 0 to N − 1.</source>
        <translation>Exécuter ce nombre de tâches, avec les entrées 0 à N − 1.</translation>
    </message>
    <message>
        <source>Run one task for each line, with that line as its input.</source>
        <translation>Exécuter une tâche par ligne, avec cette ligne pour entrée.</translation>
    </message>
</context>
<context>
    <name>volnux::TrendPlots</name>
    <message>
        <source>Run duration</source>
        <translation>Durée de l’exécution</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Task duration per event: median (solid), 95th percentile (dashed)</source>
        <translation>Durée des tâches par événement : médiane (trait plein), 95e centile (tirets)</translation>
    </message>
    <message>
        <source>Failure rate and attempts per task</source>
        <translation>Taux d’échec et tentatives par tâche</translation>
    </message>
    <message>
        <source>% of tasks failed</source>
        <translation>% de tâches échouées</translation>
    </message>
    <message>
        <source>Time spent waiting to retry</source>
        <translation>Temps d’attente avant nouvelle tentative</translation>
    </message>
    <message>
        <source>seconds, all tasks</source>
        <translation>secondes, toutes les tâches</translation>
    </message>
    <message>
        <source>attempts per task</source>
        <translation>tentatives par tâche</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>did not succeed</source>
        <translation>sans succès</translation>
    </message>
    <message>
        <source>failed (%)</source>
        <translation>échouées (%)</translation>
    </message>
    <message>
        <source>retry waits</source>
        <translation>attentes</translation>
    </message>
</context>
<context>
    <name>volnux::TrendsView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Last &amp;runs:</source>
        <translation>Dernières &amp;exécutions :</translation>
    </message>
    <message>
        <source>Flaky: retried or failed in at &amp;least</source>
        <translation>Instable : réessayée ou échouée dans au &amp;moins</translation>
    </message>
    <message>
        <source>of the last &amp;n runs</source>
        <translation>des &amp;n dernières exécutions</translation>
    </message>
    <message>
        <source>Runs where it was retried or failed:</source>
        <translation>Exécutions où elle a été réessayée ou a échoué :</translation>
    </message>
    <message>
        <source>Flaky tasks (activate one to see its runs):</source>
        <translation>Tâches instables (activez-en une pour voir ses exécutions) :</translation>
    </message>
    <message numerus="yes">
        <source>Reading the last %n run(s)…</source>
        <translation>
            <numerusform>Lecture de la dernière exécution (%n)…</numerusform>
            <numerusform>Lecture des %n dernières exécutions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; showing what was read before.</source>
        <translation>Annulé ; affichage de ce qui a été lu avant.</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>Impossible de lire les exécutions : %1</translation>
    </message>
    <message>
        <source>No finished runs of this project are recorded yet.</source>
        <translation>Aucune exécution terminée de ce projet n’est encore enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 to %2</source>
        <translation>
            <numerusform>%n exécution, de %1 à %2</numerusform>
            <numerusform>%n exécutions, de %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1: failed</source>
        <translation>exécution %1 : échouée</translation>
    </message>
    <message>
        <source>run %1: retried</source>
        <translation>exécution %1 : réessayée</translation>
    </message>
</context>
<context>
    <name>volnux::UserGuideDialog</name>
    <message>
        <source>Volnux Studio User Guide</source>
        <translation>Guide de l’utilisateur de Volnux Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersModel</name>
    <message>
        <source>gone</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Runs up to %n attempts at once</source>
        <translation>
            <numerusform>Exécute jusqu’à %n tentative à la fois</numerusform>
            <numerusform>Exécute jusqu’à %n tentatives à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Dernier battement</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersPanel</name>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>The volnux-worker processes of the queue: when each last beat, and its attempts in the run on screen (running, finished, failed).</source>
        <translation>Les processus volnux-worker de la file : leur dernier battement, et leurs tentatives dans l’exécution affichée (en cours, terminées, échouées).</translation>
    </message>
    <message>
        <source>No Redis configured. RedisExecutor events need the project&apos;s cluster.redis_url, a Redis URL in Preferences or $VOLNUX_REDIS_URL.</source>
        <translation>Aucun Redis configuré. Les événements RedisExecutor ont besoin du cluster.redis_url du projet, d’une URL Redis dans les préférences ou de $VOLNUX_REDIS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the workers: %1</source>
        <translation>Impossible de lire les workers : %1</translation>
    </message>
    <message>
        <source>Reading the workers of queue %1 at %2…</source>
        <translation>Lecture des workers de la file %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) connected to queue %1 at %2</source>
        <translation>
            <numerusform>%n worker connecté à la file %1 sur %2</numerusform>
            <numerusform>%n workers connectés à la file %1 sur %2</numerusform>
        </translation>
    </message>
</context>
</TS>
