<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutText</name>
    <message>
        <source>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;Design, run and monitor events.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QCustomPlot %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;Diseñe, ejecute y supervise eventos.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3) · QCustomPlot %4&lt;/p&gt;&lt;p&gt;Con licencia GNU General Public License, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>slower +%1</source>
        <translation>más lento +%1</translation>
    </message>
    <message>
        <source>faster −%1</source>
        <translation>más rápido −%1</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>Picture Size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
    <message>
        <source>Width × height in pixels:</source>
        <translation>Ancho × alto en píxeles:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: a picture is saved as .png, .svg or .pdf</source>
        <translation>%1: una imagen se guarda como .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is the run store; writing it would destroy the store</source>
        <translation>%1 es el almacén de ejecuciones; escribir en él lo destruiría</translation>
    </message>
    <message>
        <source>%1 is the project file the run ran; writing it would destroy the project</source>
        <translation>%1 es el archivo de proyecto que ejecutó la ejecución; escribir en él destruiría el proyecto</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, run and monitor events.</source>
        <translation>Diseñe, ejecute y supervise eventos.</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>El proyecto que se abrirá.</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptBarsPlottable</name>
    <message>
        <source>Backoff after attempt %1: %2 scheduled</source>
        <translation>Espera tras el intento %1: %2 prevista</translation>
    </message>
    <message>
        <source>next attempt due at %1</source>
        <translation>próximo intento previsto a las %1</translation>
    </message>
    <message>
        <source>Attempt %1 / %2: %3</source>
        <translation>Intento %1 / %2: %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>start %1, duration %2</source>
        <translation>inicio %1, duración %2</translation>
    </message>
    <message>
        <source>then backoff %1</source>
        <translation>luego espera %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>Tasks in view: %1; %2 succeeded, %3 failed</source>
        <translation>Tareas mostradas: %1; %2 correctas, %3 fallidas</translation>
    </message>
    <message>
        <source>Click to show its tasks</source>
        <translation>Haga clic para mostrar sus tareas</translation>
    </message>
    <message>
        <source>Click to collapse its tasks</source>
        <translation>Haga clic para contraer sus tareas</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptText</name>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelado antes de empezar</translation>
    </message>
    <message>
        <source>returned a failure</source>
        <translation>devolvió un fallo</translation>
    </message>
    <message>
        <source>returned a failure: %1</source>
        <translation>devolvió un fallo: %1</translation>
    </message>
    <message>
        <source>%1 planned, %2 actual</source>
        <translation>%1 previsto, %2 real</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled before it started: it ran nothing.</source>
        <translation>El intento %1 se canceló antes de empezar: no ejecutó nada.</translation>
    </message>
    <message>
        <source>Attempt %1 wrote no output.</source>
        <translation>El intento %1 no escribió ninguna salida.</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled: %2</source>
        <translation>El intento %1 se canceló: %2</translation>
    </message>
    <message>
        <source>Attempt %1 failed with %2</source>
        <translation>El intento %1 falló con %2</translation>
    </message>
    <message>
        <source>Retry now, %1 early</source>
        <translation>Reintentado, %1 antes</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>Due at %1, started at %2: %3</source>
        <translation>Previsto en %1, iniciado en %2: %3</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptsModel</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[%n línea anterior descartada]</numerusform>
            <numerusform>[%n líneas anteriores descartadas]</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>n.º</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Backoff after</source>
        <translation>Espera después</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Start vs due</source>
        <translation>Inicio vs. previsto</translation>
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
        <translation>intento</translation>
    </message>
    <message>
        <source>wait before attempt (s)</source>
        <translation>espera antes del intento (s)</translation>
    </message>
    <message>
        <source>cumulative wait (s)</source>
        <translation>espera acumulada (s)</translation>
    </message>
    <message>
        <source>jitter range</source>
        <translation>rango de jitter</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>wait (capped)</source>
        <translation>espera (limitada)</translation>
    </message>
    <message>
        <source>cumulative worst case</source>
        <translation>acumulado en el peor caso</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); worst-case waiting %1</source>
        <translation>
            <numerusform>%n intento; espera en el peor caso %1</numerusform>
            <numerusform>%n intentos; espera en el peor caso %1</numerusform>
        </translation>
    </message>
    <message>
        <source> over the first %1 attempts shown</source>
        <translation> en los primeros %1 intentos mostrados</translation>
    </message>
    <message>
        <source>; with full jitter each wait is drawn between 0 and its bar&apos;s top</source>
        <translation>; con jitter completo, cada espera se elige entre 0 y la altura de su barra</translation>
    </message>
    <message>
        <source>; with equal jitter each wait is drawn between half and all of its bar</source>
        <translation>; con jitter igual, cada espera se elige entre la mitad y el total de su barra</translation>
    </message>
    <message>
        <source>max_backoff %1</source>
        <translation>max_backoff %1</translation>
    </message>
    <message>
        <source>Backoff chart</source>
        <translation>Gráfico de esperas</translation>
    </message>
    <message>
        <source>The wait before each attempt and their running total; the text below it sums it up.</source>
        <translation>La espera antes de cada intento y su total acumulado; el texto de debajo lo resume.</translation>
    </message>
</context>
<context>
    <name>volnux::ChangedTasksModel</name>
    <message>
        <source>newly failing</source>
        <translation>nuevo fallo</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corregida</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>ahora %1</translation>
    </message>
    <message>
        <source>+1 attempt</source>
        <translation>+1 intento</translation>
    </message>
    <message>
        <source>−1 attempt</source>
        <translation>−1 intento</translation>
    </message>
    <message>
        <source>+%1 attempts</source>
        <translation>+%1 intentos</translation>
    </message>
    <message>
        <source>−%1 attempts</source>
        <translation>−%1 intentos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Outcome A</source>
        <translation>Resultado A</translation>
    </message>
    <message>
        <source>Outcome B</source>
        <translation>Resultado B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>Intentos A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>Intentos B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>volnux::CompareEventsModel</name>
    <message>
        <source>only in B</source>
        <translation>solo en B</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>solo en A</translation>
    </message>
    <message>
        <source>newly failing</source>
        <translation>nuevo fallo</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>more failures</source>
        <translation>más fallos</translation>
    </message>
    <message>
        <source>1 more attempt</source>
        <translation>1 intento más</translation>
    </message>
    <message>
        <source>1 fewer attempt</source>
        <translation>1 intento menos</translation>
    </message>
    <message>
        <source>%1 more attempts</source>
        <translation>%1 intentos más</translation>
    </message>
    <message>
        <source>%1 fewer attempts</source>
        <translation>%1 intentos menos</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status A</source>
        <translation>Estado A</translation>
    </message>
    <message>
        <source>Status B</source>
        <translation>Estado B</translation>
    </message>
    <message>
        <source>Succeeded A</source>
        <translation>Correctas A</translation>
    </message>
    <message>
        <source>Succeeded B</source>
        <translation>Correctas B</translation>
    </message>
    <message>
        <source>Failed A</source>
        <translation>Fallidas A</translation>
    </message>
    <message>
        <source>Failed B</source>
        <translation>Fallidas B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>Intentos A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>Intentos B</translation>
    </message>
    <message>
        <source>Duration A</source>
        <translation>Duración A</translation>
    </message>
    <message>
        <source>Duration B</source>
        <translation>Duración B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>volnux::CompareTimelines</name>
    <message>
        <source>A: run %1</source>
        <translation>A: ejecución %1</translation>
    </message>
    <message>
        <source>B: run %1</source>
        <translation>B: ejecución %1</translation>
    </message>
</context>
<context>
    <name>volnux::DesignWarnings</name>
    <message>
        <source>events[%1]: &apos;%2&apos; is not in the pipeline, so it never runs: every run skips its tasks. Add it to the pipeline, or delete the event.</source>
        <translation>events[%1]: «%2» no está en el pipeline, así que nunca se ejecuta: cada ejecución omite sus tareas. Añádalo al pipeline o elimine el evento.</translation>
    </message>
</context>
<context>
    <name>volnux::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Volnux Studio did not close normally. Unsaved changes to “%1” from %2 were kept. Restore them?</source>
        <translation>Volnux Studio no se cerró con normalidad. Se conservaron los cambios sin guardar de «%1» del %2. ¿Restaurarlos?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Volnux projects (*.vxproj *.json);;All files (*)</source>
        <translation>Proyectos de Volnux (*.vxproj *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>volnux::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Fix these problems before saving</source>
        <translation>Corrija estos problemas antes de guardar</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Cannot restore unsaved work</source>
        <translation>No se puede restaurar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Restored unsaved work</source>
        <translation>Trabajo sin guardar restaurado</translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved work, as it was: %n problem(s) to fix before it can be saved or run</source>
        <translation>
            <numerusform>Trabajo sin guardar restaurado tal cual: %n problema que corregir antes de guardar o ejecutar</numerusform>
            <numerusform>Trabajo sin guardar restaurado tal cual: %n problemas que corregir antes de guardar o ejecutar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more will be offered at the next start</source>
        <translation>
            <numerusform>; se ofrecerá %n más en el próximo inicio</numerusform>
            <numerusform>; se ofrecerán %n más en el próximo inicio</numerusform>
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
        <translation>Editar el pipeline</translation>
    </message>
</context>
<context>
    <name>volnux::EditProjectNameCommand</name>
    <message>
        <source>Rename project</source>
        <translation>Cambiar el nombre del proyecto</translation>
    </message>
</context>
<context>
    <name>volnux::EventEditor</name>
    <message>
        <source>Select an event in the project explorer, or add one.</source>
        <translation>Seleccione un evento en el explorador del proyecto o añada uno.</translation>
    </message>
</context>
<context>
    <name>volnux::EventExplanation</name>
    <message>
        <source>Select an event to see why it succeeded or failed.</source>
        <translation>Seleccione un evento para ver por qué tuvo éxito o falló.</translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation>%1 aún no se ha evaluado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by the failures of:</source>
        <translation>Decidido por los fallos de:</translation>
    </message>
    <message>
        <source>Rescued by the successes of:</source>
        <translation>Rescatado por los éxitos de:</translation>
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
        <translation>Cambiar el nombre del evento</translation>
    </message>
</context>
<context>
    <name>volnux::EventSummaryModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1
Pipeline branch %2</source>
        <translation>%1
Rama %2 del pipeline</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
</context>
<context>
    <name>volnux::ExceptionTypesEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Pick or type an error type</source>
        <translation>Elija o escriba un tipo de error</translation>
    </message>
    <message>
        <source>Error type to add</source>
        <translation>Tipo de error que añadir</translation>
    </message>
    <message>
        <source>Error types to retry</source>
        <translation>Tipos de error que reintentar</translation>
    </message>
    <message>
        <source>Pick an error type from the tree, or type your own, then press Add. A listed type includes the types derived from it.</source>
        <translation>Elija un tipo de error del árbol o escriba el suyo y pulse Añadir. Un tipo de la lista incluye los tipos derivados de él.</translation>
    </message>
    <message>
        <source>Add the chosen error type to the types to retry.</source>
        <translation>Añadir el tipo de error elegido a los tipos que se reintentan.</translation>
    </message>
    <message>
        <source>Remove the selected error types from the list.</source>
        <translation>Quitar de la lista los tipos de error seleccionados.</translation>
    </message>
    <message>
        <source>Empty list: any error except CancelledError.</source>
        <translation>Lista vacía: cualquier error salvo CancelledError.</translation>
    </message>
</context>
<context>
    <name>volnux::ExecutorSection</name>
    <message>
        <source>Executor</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <source>EMPTY: %1</source>
        <translation>VACÍO: %1</translation>
    </message>
    <message>
        <source>processor count: %1</source>
        <translation>número de procesadores: %1</translation>
    </message>
    <message>
        <source>workers live as long as the executor</source>
        <translation>los workers viven tanto como el ejecutor</translation>
    </message>
    <message>
        <source>threads keep their default names</source>
        <translation>los hilos conservan su nombre predeterminado</translation>
    </message>
    <message>
        <source>attempts have no time limit</source>
        <translation>los intentos no tienen límite de tiempo</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The longest one attempt may take. An attempt still running then fails with TimeoutError, which the retry policy retries like any other error; a process-pool worker still running it is killed and replaced.</source>
        <translation>El tiempo máximo que puede durar un intento. Un intento que siga en ejecución falla con TimeoutError, que la política de reintentos reintenta como cualquier otro error; el worker del pool de procesos que aún lo ejecute se detiene y se sustituye.</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Ejecutor:</translation>
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
        <translation>Cambiar el ejecutor</translation>
    </message>
    <message>
        <source>Edit max_workers</source>
        <translation>Editar max_workers</translation>
    </message>
    <message>
        <source>Edit max_tasks_per_child</source>
        <translation>Editar max_tasks_per_child</translation>
    </message>
    <message>
        <source>Edit thread_name_prefix</source>
        <translation>Editar thread_name_prefix</translation>
    </message>
    <message>
        <source>Edit timeout_ms</source>
        <translation>Editar timeout_ms</translation>
    </message>
    <message>
        <source>Tasks run one after another on the run&apos;s engine thread; the pool settings below apply to the pool executors.</source>
        <translation>Las tareas se ejecutan una tras otra en el hilo del motor de la ejecución; los ajustes de pool de abajo se aplican a los ejecutores con pool.</translation>
    </message>
    <message>
        <source>Tasks run on a pool of threads.</source>
        <translation>Las tareas se ejecutan en un pool de hilos.</translation>
    </message>
    <message>
        <source>Tasks run in worker processes; a crashed worker fails its attempt with WorkerCrashedError and is replaced.</source>
        <translation>Las tareas se ejecutan en procesos worker; un worker que se bloquea hace fallar su intento con WorkerCrashedError y se sustituye.</translation>
    </message>
    <message>
        <source>Where the event&apos;s tasks run: one after another on the run&apos;s engine thread, on a pool of threads or on a pool of worker processes.</source>
        <translation>Dónde se ejecutan las tareas del evento: una tras otra en el hilo del motor de la ejecución, en un grupo de hilos o en un grupo de procesos trabajadores.</translation>
    </message>
    <message>
        <source>The most workers (threads or processes) the executor runs at once.</source>
        <translation>El número máximo de trabajadores (hilos o procesos) que el ejecutor mantiene a la vez.</translation>
    </message>
    <message>
        <source>A worker is retired after running this many attempts, and a fresh worker takes its place.</source>
        <translation>Un trabajador se retira tras ejecutar este número de intentos y uno nuevo ocupa su lugar.</translation>
    </message>
    <message>
        <source>Worker threads are named prefix + index; the name shows in the run monitor&apos;s Worker column.</source>
        <translation>Los hilos trabajadores se llaman prefijo + índice; el nombre aparece en la columna Trabajador del monitor de ejecución.</translation>
    </message>
</context>
<context>
    <name>volnux::ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy Rows with &amp;Header</source>
        <translation>Copiar filas con &amp;encabezado</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Save Picture…</source>
        <translation>&amp;Guardar imagen…</translation>
    </message>
    <message>
        <source>Save Picture at Si&amp;ze…</source>
        <translation>Guardar imagen con &amp;tamaño…</translation>
    </message>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>Copiar &amp;imagen</translation>
    </message>
    <message>
        <source>A picture is at most %1 pixels on a side.</source>
        <translation>Una imagen tiene como máximo %1 píxeles de lado.</translation>
    </message>
</context>
<context>
    <name>volnux::FlakyTasksModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 de %2 ejecuciones</translation>
    </message>
    <message>
        <source>(returned failure)</source>
        <translation>(devolvió fallo)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Retried or failed</source>
        <translation>Reintentada o fallida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Error types</source>
        <translation>Tipos de error</translation>
    </message>
    <message>
        <source>Succeeded at attempt</source>
        <translation>Correcta en el intento</translation>
    </message>
    <message>
        <source>Runs (newest first)</source>
        <translation>Ejecuciones (recientes primero)</translation>
    </message>
</context>
<context>
    <name>volnux::GeneralSection</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Cambiar el nombre del evento</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Cambiar el tipo</translation>
    </message>
    <message>
        <source>Edit parameters</source>
        <translation>Editar los parámetros</translation>
    </message>
    <message>
        <source>The event&apos;s name, unique in the project: the pipeline, the run monitor and the run history refer to the event by it.</source>
        <translation>El nombre del evento, único en el proyecto: la canalización, el monitor de ejecución y el historial se refieren al evento por él.</translation>
    </message>
    <message>
        <source>What each task does: run a program, sleep, compute, simulate an outcome or call an event from a plugin library.</source>
        <translation>Qué hace cada tarea: ejecutar un programa, esperar, calcular, simular un resultado o llamar a un evento de una biblioteca de plugin.</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryModel</name>
    <message>
        <source>#%1 ↻ rerun of #%2</source>
        <translation>#%1 ↻ repetición de #%2</translation>
    </message>
    <message>
        <source>Run %1 reran the failed or chosen tasks of run %2</source>
        <translation>La ejecución %1 repitió las tareas fallidas o elegidas de la ejecución %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryPanel</name>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>List the runs of every project, not only the open one&apos;s</source>
        <translation>Mostrar las ejecuciones de todos los proyectos, no solo las del abierto</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search run, project, host…</source>
        <translation>Buscar ejecución, proyecto, host…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the selected run in the Run panel, read-only</source>
        <translation>Mostrar la ejecución seleccionada en el panel Ejecución, en solo lectura</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>Comparar las dos ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the selected run as JSON Lines, a Chrome trace or CSV</source>
        <translation>Guardar la ejecución seleccionada como JSON Lines, traza de Chrome o CSV</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected runs from the run store (Undo follows)</source>
        <translation>Eliminar las ejecuciones seleccionadas del almacén de ejecuciones (se puede deshacer)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 ejecución</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 ejecuciones</translation>
    </message>
    <message>
        <source>1 run deleted</source>
        <translation>1 ejecución eliminada</translation>
    </message>
    <message>
        <source>%1 runs deleted</source>
        <translation>%1 ejecuciones eliminadas</translation>
    </message>
    <message>
        <source>Save the project to keep its runs</source>
        <translation>Guarde el proyecto para conservar sus ejecuciones</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>Ejecuciones registradas</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Buscar ejecuciones</translation>
    </message>
    <message>
        <source>The runs kept in the run store, newest first. Open one to see it in the monitor; select two to compare them.</source>
        <translation>Las ejecuciones guardadas en el almacén, las más recientes primero. Abra una para verla en el monitor; seleccione dos para compararlas.</translation>
    </message>
    <message>
        <source>Show only the runs that ended in this state</source>
        <translation>Mostrar solo las ejecuciones que terminaron en este estado</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last</source>
        <translation>Recuperar las últimas ejecuciones eliminadas</translation>
    </message>
</context>
<context>
    <name>volnux::KindParamsEditor</name>
    <message>
        <source>Must be %1.</source>
        <translation>Debe ser %1.</translation>
    </message>
    <message>
        <source>EMPTY</source>
        <translation>VACÍO</translation>
    </message>
    <message>
        <source>Leave out of the file: the default, %1, applies.</source>
        <translation>No se escribe en el archivo: se aplica el valor predeterminado, %1.</translation>
    </message>
    <message>
        <source>Leave out of the file.</source>
        <translation>No se escribe en el archivo.</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>CLAVE=VALOR, uno por línea</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>e.g. 0, 2, 5</source>
        <translation>p. ej., 0, 2, 5</translation>
    </message>
    <message>
        <source>a JSON value or text</source>
        <translation>un valor JSON o texto</translation>
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
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Cambiar nombre del evento</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>Duplicar evento</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Volnux Studio</source>
        <translation>&amp;Acerca de Volnux Studio</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>%1[*] — Volnux Studio</source>
        <translation>%1[*] — Volnux Studio</translation>
    </message>
    <message>
        <source>Running needs the run monitor, which this build lacks</source>
        <translation>Para ejecutar hace falta el monitor de ejecución, que esta compilación no incluye</translation>
    </message>
    <message numerus="yes">
        <source>Run the project (F5): %n problem(s) to fix first</source>
        <translation>
            <numerusform>Ejecutar el proyecto (F5): primero hay que corregir %n problema</numerusform>
            <numerusform>Ejecutar el proyecto (F5): primero hay que corregir %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the project (F5)</source>
        <translation>Ejecutar el proyecto (F5)</translation>
    </message>
    <message>
        <source>Cancel the run (Shift+F5)</source>
        <translation>Cancelar la ejecución (Mayús+F5)</translation>
    </message>
    <message>
        <source>No run in progress</source>
        <translation>No hay ninguna ejecución en curso</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problems list</source>
        <translation>Mostrar la lista de problemas</translation>
    </message>
    <message>
        <source>About Volnux Studio</source>
        <translation>Acerca de Volnux Studio</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalIntField</name>
    <message>
        <source>EMPTY</source>
        <translation>VACÍO</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the executor uses its default.</source>
        <translation>No escribir el campo en el archivo; el ejecutor usa su valor predeterminado.</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalTextField</name>
    <message>
        <source>EMPTY</source>
        <translation>VACÍO</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the default applies.</source>
        <translation>Omitir el campo en el archivo; se aplica el valor predeterminado.</translation>
    </message>
</context>
<context>
    <name>volnux::OutcomeSection</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>EMPTY: SUCCESS_ON_ALL_EVENTS_SUCCESS</source>
        <translation>VACÍO: SUCCESS_ON_ALL_EVENTS_SUCCESS</translation>
    </message>
    <message>
        <source>After its retries, an exception cancels the event&apos;s other tasks and no later event starts; the run ends as stopped.</source>
        <translation>Tras sus reintentos, una excepción cancela las demás tareas del evento y no empieza ningún evento posterior; la ejecución termina como detenida.</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <source>Change evaluation</source>
        <translation>Cambiar la evaluación</translation>
    </message>
    <message>
        <source>Toggle stop_on_exception</source>
        <translation>Alternar stop_on_exception</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> tasks</source>
        <translation> tareas</translation>
    </message>
    <message>
        <source>Evaluation threshold</source>
        <translation>Umbral de evaluación</translation>
    </message>
    <message>
        <source>How the outcomes of the event&apos;s tasks decide whether the event succeeded, once all of them have ended.</source>
        <translation>Cómo los resultados de las tareas del evento deciden si tuvo éxito, una vez terminadas todas.</translation>
    </message>
    <message>
        <source>How many tasks (AT_LEAST_COUNT) or what percentage of them (AT_LEAST_PERCENT) must succeed.</source>
        <translation>Cuántas tareas (AT_LEAST_COUNT) o qué porcentaje de ellas (AT_LEAST_PERCENT) deben tener éxito.</translation>
    </message>
    <message>
        <source>Stop the run on an exception</source>
        <translation>Detener la ejecución ante una excepción</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading this run; what was read so far stays on screen</source>
        <translation>Dejar de leer esta ejecución; lo leído hasta ahora sigue en pantalla</translation>
    </message>
    <message>
        <source>Run #%1 of %2, started %3, %4 in %5</source>
        <translation>Ejecución #%1 de %2, inicio %3, %4 en %5</translation>
    </message>
    <message>
        <source>Reading past run: %1…</source>
        <translation>Leyendo ejecución anterior: %1…</translation>
    </message>
    <message>
        <source>Past run (read-only): %1.</source>
        <translation>Ejecución anterior (solo lectura): %1.</translation>
    </message>
    <message>
        <source>Past run (read-only, partly read: cancelled): %1.</source>
        <translation>Ejecución anterior (solo lectura, leída en parte: cancelada): %1.</translation>
    </message>
    <message>
        <source>The past run could not be read: %1</source>
        <translation>No se pudo leer la ejecución anterior: %1</translation>
    </message>
    <message>
        <source>%1 has no recorded runs yet. Choose Run (F5) to start one; every run is kept in History.</source>
        <translation>%1 aún no tiene ejecuciones registradas. Elija Ejecutar (F5) para iniciar una; cada ejecución se guarda en el historial.</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Este proyecto</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunController</name>
    <message>
        <source>reading run #%1 was cancelled</source>
        <translation>se canceló la lectura de la ejecución #%1</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineEditor</name>
    <message>
        <source>Empty: the events run in the order of the project explorer.
Example: fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</source>
        <translation>Vacío: los eventos se ejecutan en el orden del explorador del proyecto.
Ejemplo: fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>No pipeline: the events run in the order of the project explorer.</source>
        <translation>Sin pipeline: los eventos se ejecutan en el orden del explorador del proyecto.</translation>
    </message>
    <message>
        <source>Out of date: the text has an error at line %1, column %2. The graph shows the last pipeline that was valid.</source>
        <translation>Desactualizado: el texto tiene un error en la línea %1, columna %2. El gráfico muestra el último pipeline válido.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline text</source>
        <translation>Texto del pipeline</translation>
    </message>
    <message>
        <source>The order the events run in: A -&gt; B one after another, A || B at once, A (0 -&gt; F, 1 -&gt; S) by A&apos;s outcome, A * 3 with up to three attempts.</source>
        <translation>El orden en que se ejecutan los eventos: A -&gt; B uno tras otro, A || B a la vez, A (0 -&gt; F, 1 -&gt; S) según el resultado de A, A * 3 con hasta tres intentos.</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineGraphView</name>
    <message>
        <source>× %1 attempts</source>
        <translation>× %1 intentos</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>0 failure</source>
        <translation>0 fallo</translation>
    </message>
    <message>
        <source>1 success</source>
        <translation>1 éxito</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>Pipeline graph</source>
        <translation>Gráfico del pipeline</translation>
    </message>
    <message>
        <source>The events in the order the pipeline runs them. Arrow keys select an event, Enter opens it in the editor, + and - zoom.</source>
        <translation>Los eventos en el orden en que el pipeline los ejecuta. Las flechas seleccionan un evento, Intro lo abre en el editor, + y - hacen zoom.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>%1 · %2/%3 done</source>
        <translation>%1 · %2/%3 hechas</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallida</numerusform>
            <numerusform>, %n fallidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volnux::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;fuente:</translation>
    </message>
    <message>
        <source>The language of the studio; it changes as soon as you press OK</source>
        <translation>El idioma del estudio; cambia en cuanto pulsa Aceptar</translation>
    </message>
    <message>
        <source>Light or dark colours, or whatever the system uses</source>
        <translation>Colores claros u oscuros, o los que use el sistema</translation>
    </message>
    <message>
        <source>The size of the studio&apos;s text; the lowest value uses the system&apos;s</source>
        <translation>El tamaño del texto del estudio; el valor más bajo usa el del sistema</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>Conservar estos ajustes</translation>
    </message>
    <message>
        <source>Go back to the settings you had before</source>
        <translation>Volver a los ajustes anteriores</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.redis_url</source>
        <translation>el cluster.redis_url del proyecto</translation>
    </message>
    <message>
        <source>The Redis server through which RedisExecutor events reach volnux-worker processes, as redis://[user:password@]host:port/db or unix:///path/to/socket. It replaces the project&apos;s cluster.redis_url; $VOLNUX_REDIS_URL is used when this is empty.</source>
        <translation>El servidor Redis a través del cual los eventos RedisExecutor llegan a los procesos volnux-worker, como redis://[user:password@]host:port/db o unix:///path/to/socket. Sustituye el cluster.redis_url del proyecto; si está vacío se usa $VOLNUX_REDIS_URL.</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.queue</source>
        <translation>el cluster.queue del proyecto</translation>
    </message>
    <message>
        <source>The queue whose workers run the attempts; it replaces the project&apos;s cluster.queue.</source>
        <translation>La cola cuyos trabajadores ejecutan los intentos; sustituye el cluster.queue del proyecto.</translation>
    </message>
    <message>
        <source>&amp;Redis URL:</source>
        <translation>URL de &amp;Redis:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in %1:</source>
        <translation>
            <numerusform>%n problema en %1:</numerusform>
            <numerusform>%n problemas en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsPanel</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Haga clic en un problema para ir a su campo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectChangedNote</name>
    <message>
        <source>Run again with changes</source>
        <translation>Volver a ejecutar con los cambios</translation>
    </message>
    <message>
        <source>The project was edited during this run. The run goes on with the project as it was when it started; the edits are not in it.</source>
        <translation>El proyecto se editó durante esta ejecución. La ejecución sigue con el proyecto tal como estaba al empezar; los cambios no se incluyen.</translation>
    </message>
    <message>
        <source>The project was edited after this run started; the edits were not in it.</source>
        <translation>El proyecto se editó después de empezar esta ejecución; los cambios no se incluyeron.</translation>
    </message>
    <message>
        <source>Cancel this run, then start a new one with the edits</source>
        <translation>Cancelar esta ejecución y empezar una nueva con los cambios</translation>
    </message>
    <message>
        <source>Start a new run with the edits</source>
        <translation>Empezar una nueva ejecución con los cambios</translation>
    </message>
    <message>
        <source>Start a new run of the project as it is now</source>
        <translation>Iniciar una nueva ejecución del proyecto tal como está ahora</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectExplorer</name>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Duplicar evento</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in run summaries and traces</source>
        <translation>El nombre del proyecto, que aparece en los resúmenes de ejecución y en las trazas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>The project&apos;s events. Select one to edit it; F2 renames it. Without a pipeline they run in this order.</source>
        <translation>Los eventos del proyecto. Seleccione uno para editarlo; F2 lo renombra. Sin canalización se ejecutan en este orden.</translation>
    </message>
</context>
<context>
    <name>volnux::RemoveEventCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
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
        <translation>Política de reintentos</translation>
    </message>
    <message>
        <source>Without a retry policy every task makes one attempt.</source>
        <translation>Sin política de reintentos, cada tarea hace un único intento.</translation>
    </message>
    <message>
        <source>none: exactly the formula</source>
        <translation>none: exactamente la fórmula</translation>
    </message>
    <message>
        <source>full: random, 0 to the formula</source>
        <translation>full: aleatorio, de 0 a la fórmula</translation>
    </message>
    <message>
        <source>equal: half, plus random up to half</source>
        <translation>equal: la mitad, más un aleatorio de hasta la mitad</translation>
    </message>
    <message>
        <source>Spreads the retries of tasks that failed together, so they do not all come back at the same instant. The chart shows the range.</source>
        <translation>Reparte los reintentos de las tareas que fallaron a la vez, para que no vuelvan todas en el mismo instante. El gráfico muestra el rango.</translation>
    </message>
    <message>
        <source>The wait before attempt n + 1 is factor × 2^(n−1), capped.</source>
        <translation>La espera antes del intento n + 1 es factor × 2^(n−1), con límite.</translation>
    </message>
    <message>
        <source>Empty: retry any error except CancelledError. Listed types include the types derived from them.</source>
        <translation>Vacío: reintentar cualquier error salvo CancelledError. Los tipos de la lista incluyen los tipos derivados de ellos.</translation>
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
        <translation>Reintentar con:</translation>
    </message>
    <message>
        <source>jitter:</source>
        <translation>jitter:</translation>
    </message>
    <message>
        <source>Toggle retry policy</source>
        <translation>Alternar la política de reintentos</translation>
    </message>
    <message>
        <source>Edit max_attempts</source>
        <translation>Editar max_attempts</translation>
    </message>
    <message>
        <source>Edit backoff_factor</source>
        <translation>Editar backoff_factor</translation>
    </message>
    <message>
        <source>Edit max_backoff</source>
        <translation>Editar max_backoff</translation>
    </message>
    <message>
        <source>Edit retry_on_exceptions</source>
        <translation>Editar retry_on_exceptions</translation>
    </message>
    <message>
        <source>Edit jitter</source>
        <translation>Editar jitter</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, overriding max_attempts; the rest is this policy.</source>
        <translation>
            <numerusform>El pipeline ejecuta este evento como «%1»: %n intento por tarea, que sustituye a max_attempts; el resto es esta política.</numerusform>
            <numerusform>El pipeline ejecuta este evento como «%1»: %n intentos por tarea, que sustituyen a max_attempts; el resto es esta política.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, with the default policy for the rest.</source>
        <translation>
            <numerusform>El pipeline ejecuta este evento como «%1»: %n intento por tarea, con la política predeterminada para el resto.</numerusform>
            <numerusform>El pipeline ejecuta este evento como «%1»: %n intentos por tarea, con la política predeterminada para el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this event&apos;s retry policy.</source>
        <translation>Según la política de reintentos de este evento.</translation>
    </message>
    <message>
        <source>No retry policy: one attempt per task.</source>
        <translation>Sin política de reintentos: un intento por tarea.</translation>
    </message>
    <message>
        <source>The most attempts a task gets, counting the first one.</source>
        <translation>El número máximo de intentos de una tarea, contando el primero.</translation>
    </message>
    <message>
        <source>No single wait between two attempts is longer than this.</source>
        <translation>Ninguna espera entre dos intentos es más larga que esto.</translation>
    </message>
</context>
<context>
    <name>volnux::RunAnalysisActions</name>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>&amp;Comparar ejecuciones…</translation>
    </message>
    <message>
        <source>&amp;Export Latest Run…</source>
        <translation>E&amp;xportar última ejecución…</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <source>Volnux Studio</source>
        <translation>Volnux Studio</translation>
    </message>
    <message>
        <source>Compare run %1 with run %2</source>
        <translation>Comparar la ejecución %1 con la ejecución %2</translation>
    </message>
    <message>
        <source>Trends: all projects</source>
        <translation>Tendencias: todos los proyectos</translation>
    </message>
    <message>
        <source>Trends: %1</source>
        <translation>Tendencias: %1</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>Aún no hay ejecuciones registradas (%1).</translation>
    </message>
    <message>
        <source>This project has no recorded run to export.</source>
        <translation>Este proyecto no tiene ninguna ejecución registrada que exportar.</translation>
    </message>
    <message>
        <source>Export Run %1</source>
        <translation>Exportar ejecución %1</translation>
    </message>
    <message>
        <source>A run is exported as .jsonl, .json (Chrome trace) or .csv.</source>
        <translation>Una ejecución se exporta como .jsonl, .json (traza de Chrome) o .csv.</translation>
    </message>
    <message>
        <source>Exporting run %1…</source>
        <translation>Exportando ejecución %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>volnux::RunCompareView</name>
    <message>
        <source>Tasks that changed outcome or attempt count</source>
        <translation>Tareas cuyo resultado o número de intentos cambió</translation>
    </message>
    <message>
        <source>Reading runs %1 and %2…</source>
        <translation>Leyendo las ejecuciones %1 y %2…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = run %2 of %3, %4, started %5, %6, %7 tasks, %8 failed, %9 attempts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = ejecución %2 de %3, %4, inicio %5, %6, %7 tareas, %8 fallidas, %9 intentos</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <source>1 task changed its outcome or attempt count</source>
        <translation>1 tarea cambió su resultado o su número de intentos</translation>
    </message>
    <message>
        <source>%1 tasks changed their outcome or attempt count</source>
        <translation>%1 tareas cambiaron su resultado o su número de intentos</translation>
    </message>
    <message>
        <source>; tasks that ran in one run only: %1 in A, %2 in B</source>
        <translation>; tareas que solo se ejecutaron en una de las ejecuciones: %1 en A, %2 en B</translation>
    </message>
    <message>
        <source>Attempts in %1 (run %2) of %3 task %4</source>
        <translation>Intentos en %1 (ejecución %2) de %3, tarea %4</translation>
    </message>
    <message>
        <source>Attempts in %1: select a task</source>
        <translation>Intentos en %1: seleccione una tarea</translation>
    </message>
</context>
<context>
    <name>volnux::RunControlBar</name>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Validate the project and start a run</source>
        <translation>Validar el proyecto e iniciar una ejecución</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel every open task of this run</source>
        <translation>Cancelar todas las tareas abiertas de esta ejecución</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <source>Cancel the selected task</source>
        <translation>Cancelar la tarea seleccionada</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Start the next attempt of the selected task without waiting for its backoff</source>
        <translation>Iniciar el siguiente intento de la tarea seleccionada sin esperar a su espera</translation>
    </message>
    <message>
        <source>Rerun failed</source>
        <translation>Repetir fallidas</translation>
    </message>
    <message>
        <source>Start a new run of the failed tasks with the same settings</source>
        <translation>Iniciar una nueva ejecución de las tareas fallidas con los mismos ajustes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hechas</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>canceladas</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Ejecución: %1</translation>
    </message>
    <message>
        <source>Cancelled: %v of %m tasks done</source>
        <translation>Cancelada: %v de %m tareas hechas</translation>
    </message>
    <message>
        <source>Stopped: %v of %m tasks done</source>
        <translation>Detenida: %v de %m tareas hechas</translation>
    </message>
    <message>
        <source>Interrupted: %v of %m tasks done</source>
        <translation>Interrumpida: %v de %m tareas hechas</translation>
    </message>
    <message>
        <source>%v / %m tasks done, %1 cancelled</source>
        <translation>%v de %m tareas, %1 canceladas</translation>
    </message>
    <message>
        <source>%v / %m tasks done</source>
        <translation>%v de %m tareas</translation>
    </message>
</context>
<context>
    <name>volnux::RunExportJob</name>
    <message>
        <source>JSON Lines trace (*.jsonl);;Chrome trace for Perfetto (*.json);;CSV, one row per attempt (*.csv)</source>
        <translation>Traza JSON Lines (*.jsonl);;Traza de Chrome para Perfetto (*.json);;CSV, una fila por intento (*.csv)</translation>
    </message>
</context>
<context>
    <name>volnux::RunMonitor</name>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Search task, input, error…</source>
        <translation>Buscar tarea, entrada, error…</translation>
    </message>
    <message>
        <source>Select an attempt to see its log</source>
        <translation>Seleccione un intento para ver su registro</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Lane per task</source>
        <translation>Una fila por tarea</translation>
    </message>
    <message>
        <source>Lane per worker</source>
        <translation>Una fila por worker</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Attempt log</source>
        <translation>Registro del intento</translation>
    </message>
    <message numerus="yes">
        <source>Rerun selected tasks (%n)</source>
        <translation>
            <numerusform>Repetir la tarea seleccionada (%n)</numerusform>
            <numerusform>Repetir las tareas seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per task: its status, attempts, the time to its next retry, its last error and worker. Select a task to see its attempts and log.</source>
        <translation>Una fila por tarea: su estado, intentos, el tiempo hasta el próximo reintento, su último error y su trabajador. Seleccione una tarea para ver sus intentos y su registro.</translation>
    </message>
    <message>
        <source>Show only the tasks in this state</source>
        <translation>Mostrar solo las tareas en este estado</translation>
    </message>
    <message>
        <source>Show only the tasks of this event</source>
        <translation>Mostrar solo las tareas de este evento</translation>
    </message>
    <message>
        <source>Every attempt of the selected task: when it started against when it was due, how long it took and how it ended.</source>
        <translation>Cada intento de la tarea seleccionada: cuándo empezó frente a cuándo tocaba, cuánto duró y cómo terminó.</translation>
    </message>
    <message>
        <source>What the selected attempt wrote, and how it ended.</source>
        <translation>Lo que escribió el intento seleccionado y cómo terminó.</translation>
    </message>
    <message>
        <source>One row per event: its status and task counts. Select an event to read why it succeeded or failed.</source>
        <translation>Una fila por evento: su estado y recuentos de tareas. Seleccione un evento para leer por qué tuvo éxito o falló.</translation>
    </message>
    <message>
        <source>Draw the timeline with one lane per task, or one per worker</source>
        <translation>Dibujar la línea de tiempo con un carril por tarea o uno por trabajador</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline</source>
        <translation>Mostrar toda la ejecución en la línea de tiempo</translation>
    </message>
</context>
<context>
    <name>volnux::RunPairDialog</name>
    <message>
        <source>&amp;All projects</source>
        <translation>&amp;Todos los proyectos</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Select two runs: the older is A, the newer B.</source>
        <translation>Seleccione dos ejecuciones: la más antigua es A; la más reciente, B.</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>Aún no hay ejecuciones registradas (%1).</translation>
    </message>
    <message>
        <source>Fewer than two runs are recorded here.</source>
        <translation>Aquí hay menos de dos ejecuciones registradas.</translation>
    </message>
</context>
<context>
    <name>volnux::RunTimeline</name>
    <message>
        <source>No run yet. Press Run (F5): every attempt of every task appears here as a bar,
every backoff as a gap before the next attempt.</source>
        <translation>Aún no hay ejecuciones. Pulse Ejecutar (F5): cada intento de cada tarea aparece aquí como una barra,
cada espera como un hueco antes del siguiente intento.</translation>
    </message>
    <message>
        <source>seconds since run start</source>
        <translation>segundos desde el inicio de la ejecución</translation>
    </message>
    <message>
        <source>Run timeline</source>
        <translation>Cronología de la ejecución</translation>
    </message>
    <message>
        <source>Every attempt of every task as a bar over time, grouped by event. Arrow keys select a task, Enter shows its attempts, Space collapses or expands its event, + and - zoom.</source>
        <translation>Cada intento de cada tarea como una barra en el tiempo, agrupados por evento. Las flechas eligen una tarea, Intro muestra sus intentos, Espacio contrae o expande su evento, + y - hacen zoom.</translation>
    </message>
    <message>
        <source>Collapse all events</source>
        <translation>Contraer todos los eventos</translation>
    </message>
    <message>
        <source>Expand all events</source>
        <translation>Expandir todos los eventos</translation>
    </message>
</context>
<context>
    <name>volnux::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
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
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>esperando reintento</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
</context>
<context>
    <name>volnux::StudioWindow</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>The project cannot run</source>
        <translation>El proyecto no se puede ejecutar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>This run is not recorded in History: %1</source>
        <translation>Esta ejecución no está registrada en el historial: %1</translation>
    </message>
    <message>
        <source>A run is going on: cancel it or wait for its end to open another.</source>
        <translation>Hay una ejecución en curso: cancélela o espere a que termine para abrir otra.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
</context>
<context>
    <name>volnux::TaskTableModel</name>
    <message>
        <source>due</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Próximo reintento</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
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
        <translation>Tareas</translation>
    </message>
    <message>
        <source>One task</source>
        <translation>Una tarea</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entradas:</translation>
    </message>
    <message>
        <source>Default: one task with input 0.</source>
        <translation>Predeterminado: una tarea con la entrada 0.</translation>
    </message>
    <message>
        <source>One input per line; paste a column here.
Numbers and JSON values are kept as such.</source>
        <translation>Una entrada por línea; pegue aquí una columna.
Los números y valores JSON se conservan tal cual.</translation>
    </message>
    <message>
        <source>(default: input 0)</source>
        <translation>(predeterminado: entrada 0)</translation>
    </message>
    <message>
        <source>Edit tasks</source>
        <translation>Editar las tareas</translation>
    </message>
    <message>
        <source>Run this many tasks, with the inputs 0 to N − 1.</source>
        <translation>Ejecutar este número de tareas, con las entradas 0 a N − 1.</translation>
    </message>
    <message>
        <source>Run one task for each line, with that line as its input.</source>
        <translation>Ejecutar una tarea por cada línea, con esa línea como entrada.</translation>
    </message>
</context>
<context>
    <name>volnux::TrendPlots</name>
    <message>
        <source>Run duration</source>
        <translation>Duración de la ejecución</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Task duration per event: median (solid), 95th percentile (dashed)</source>
        <translation>Duración de las tareas por evento: mediana (continua), percentil 95 (discontinua)</translation>
    </message>
    <message>
        <source>Failure rate and attempts per task</source>
        <translation>Tasa de fallos e intentos por tarea</translation>
    </message>
    <message>
        <source>% of tasks failed</source>
        <translation>% de tareas fallidas</translation>
    </message>
    <message>
        <source>Time spent waiting to retry</source>
        <translation>Tiempo de espera para reintentar</translation>
    </message>
    <message>
        <source>seconds, all tasks</source>
        <translation>segundos, todas las tareas</translation>
    </message>
    <message>
        <source>attempts per task</source>
        <translation>intentos por tarea</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>did not succeed</source>
        <translation>sin éxito</translation>
    </message>
    <message>
        <source>failed (%)</source>
        <translation>fallidas (%)</translation>
    </message>
    <message>
        <source>retry waits</source>
        <translation>esperas de reintento</translation>
    </message>
</context>
<context>
    <name>volnux::TrendsView</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Last &amp;runs:</source>
        <translation>Últimas &amp;ejecuciones:</translation>
    </message>
    <message>
        <source>Flaky: retried or failed in at &amp;least</source>
        <translation>Inestable: reintentada o fallida en al &amp;menos</translation>
    </message>
    <message>
        <source>of the last &amp;n runs</source>
        <translation>de las últimas &amp;n ejecuciones</translation>
    </message>
    <message>
        <source>Runs where it was retried or failed:</source>
        <translation>Ejecuciones en las que se reintentó o falló:</translation>
    </message>
    <message>
        <source>Flaky tasks (activate one to see its runs):</source>
        <translation>Tareas inestables (active una para ver sus ejecuciones):</translation>
    </message>
    <message numerus="yes">
        <source>Reading the last %n run(s)…</source>
        <translation>
            <numerusform>Leyendo la última ejecución (%n)…</numerusform>
            <numerusform>Leyendo las últimas %n ejecuciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; showing what was read before.</source>
        <translation>Cancelado; se muestra lo leído antes.</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>No se pueden leer las ejecuciones: %1</translation>
    </message>
    <message>
        <source>No finished runs of this project are recorded yet.</source>
        <translation>Aún no hay ejecuciones terminadas de este proyecto registradas.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 to %2</source>
        <translation>
            <numerusform>%n ejecución, de la %1 a la %2</numerusform>
            <numerusform>%n ejecuciones, de la %1 a la %2</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1: failed</source>
        <translation>ejecución %1: fallida</translation>
    </message>
    <message>
        <source>run %1: retried</source>
        <translation>ejecución %1: reintentada</translation>
    </message>
</context>
<context>
    <name>volnux::UserGuideDialog</name>
    <message>
        <source>Volnux Studio User Guide</source>
        <translation>Guía del usuario de Volnux Studio</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersModel</name>
    <message>
        <source>gone</source>
        <translation>desaparecido</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>hace %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Runs up to %n attempts at once</source>
        <translation>
            <numerusform>Ejecuta hasta %n intento a la vez</numerusform>
            <numerusform>Ejecuta hasta %n intentos a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
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
        <translation>Último latido</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersPanel</name>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>The volnux-worker processes of the queue: when each last beat, and its attempts in the run on screen (running, finished, failed).</source>
        <translation>Los procesos volnux-worker de la cola: cuándo dio cada uno su último latido y sus intentos en la ejecución mostrada (en curso, terminados, fallidos).</translation>
    </message>
    <message>
        <source>No Redis configured. RedisExecutor events need the project&apos;s cluster.redis_url, a Redis URL in Preferences or $VOLNUX_REDIS_URL.</source>
        <translation>No hay Redis configurado. Los eventos RedisExecutor necesitan el cluster.redis_url del proyecto, una URL de Redis en Preferencias o $VOLNUX_REDIS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the workers: %1</source>
        <translation>No se pueden leer los trabajadores: %1</translation>
    </message>
    <message>
        <source>Reading the workers of queue %1 at %2…</source>
        <translation>Leyendo los trabajadores de la cola %1 en %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) connected to queue %1 at %2</source>
        <translation>
            <numerusform>%n trabajador conectado a la cola %1 en %2</numerusform>
            <numerusform>%n trabajadores conectados a la cola %1 en %2</numerusform>
        </translation>
    </message>
</context>
</TS>
