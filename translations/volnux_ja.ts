<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutText</name>
    <message>
        <source>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;Design, run and monitor events.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · QCustomPlot %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Volnux Studio %1&lt;/b&gt;&lt;p&gt;イベントを設計・実行・監視します。&lt;/p&gt;&lt;p&gt;Qt %2（%3 でビルド）· QCustomPlot %4&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書 バージョン 3、または（任意で）それ以降のバージョン（GPL-3.0-or-later）の下で提供されます。保証は一切ありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>slower +%1</source>
        <translation>遅い +%1</translation>
    </message>
    <message>
        <source>faster −%1</source>
        <translation>速い −%1</translation>
    </message>
    <message>
        <source>Save Picture</source>
        <translation>画像を保存</translation>
    </message>
    <message>
        <source>Picture Size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>Width × height in pixels:</source>
        <translation>幅 × 高さ（ピクセル）:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>%1: a picture is saved as .png, .svg or .pdf</source>
        <translation>%1: 画像は .png、.svg、.pdf のいずれかで保存されます</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is the run store; writing it would destroy the store</source>
        <translation>%1 は実行ストアです。書き込むとストアが壊れます</translation>
    </message>
    <message>
        <source>%1 is the project file the run ran; writing it would destroy the project</source>
        <translation>%1 はこの実行が使ったプロジェクトファイルです。書き込むとプロジェクトが壊れます</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, run and monitor events.</source>
        <translation>イベントを設計・実行・監視します。</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>開くプロジェクト。</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptBarsPlottable</name>
    <message>
        <source>Backoff after attempt %1: %2 scheduled</source>
        <translation>試行 %1 の後の待機: %2 予定</translation>
    </message>
    <message>
        <source>next attempt due at %1</source>
        <translation>次の試行は %1</translation>
    </message>
    <message>
        <source>Attempt %1 / %2: %3</source>
        <translation>試行 %1 / %2: %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>start %1, duration %2</source>
        <translation>開始 %1、所要時間 %2</translation>
    </message>
    <message>
        <source>then backoff %1</source>
        <translation>その後 %1 待機</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>ワーカー %1</translation>
    </message>
    <message>
        <source>Tasks in view: %1; %2 succeeded, %3 failed</source>
        <translation>表示中のタスク: %1、成功 %2、失敗 %3</translation>
    </message>
    <message>
        <source>Click to show its tasks</source>
        <translation>クリックでタスクを表示</translation>
    </message>
    <message>
        <source>Click to collapse its tasks</source>
        <translation>クリックでタスクを折りたたむ</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptText</name>
    <message>
        <source>cancelled before it started</source>
        <translation>開始前にキャンセル</translation>
    </message>
    <message>
        <source>returned a failure</source>
        <translation>失敗を返しました</translation>
    </message>
    <message>
        <source>returned a failure: %1</source>
        <translation>失敗を返しました: %1</translation>
    </message>
    <message>
        <source>%1 planned, %2 actual</source>
        <translation>予定 %1、実際 %2</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled before it started: it ran nothing.</source>
        <translation>試行 %1 は開始前にキャンセルされたため、何も実行していません。</translation>
    </message>
    <message>
        <source>Attempt %1 wrote no output.</source>
        <translation>試行 %1 は何も出力しませんでした。</translation>
    </message>
    <message>
        <source>Attempt %1 was cancelled: %2</source>
        <translation>試行 %1 はキャンセルされました: %2</translation>
    </message>
    <message>
        <source>Attempt %1 failed with %2</source>
        <translation>試行 %1 は %2 で失敗しました</translation>
    </message>
    <message>
        <source>Retry now, %1 early</source>
        <translation>今すぐリトライで %1 早く開始</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 遅延</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>予定どおり</translation>
    </message>
    <message>
        <source>Due at %1, started at %2: %3</source>
        <translation>予定 %1、開始 %2: %3</translation>
    </message>
</context>
<context>
    <name>volnux::AttemptsModel</name>
    <message numerus="yes">
        <source>[%n earlier line(s) dropped]</source>
        <translation>
            <numerusform>[以前の %n 行を破棄]</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Backoff after</source>
        <translation>後の待機</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Start vs due</source>
        <translation>予定との差</translation>
    </message>
</context>
<context>
    <name>volnux::BackoffPreview</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>wait before attempt (s)</source>
        <translation>試行前の待機（秒）</translation>
    </message>
    <message>
        <source>cumulative wait (s)</source>
        <translation>累積待機（秒）</translation>
    </message>
    <message>
        <source>jitter range</source>
        <translation>ジッターの範囲</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>wait (capped)</source>
        <translation>待機（上限あり）</translation>
    </message>
    <message>
        <source>cumulative worst case</source>
        <translation>累積（最悪の場合）</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); worst-case waiting %1</source>
        <translation>
            <numerusform>%n 回の試行、最悪の場合の待機 %1</numerusform>
        </translation>
    </message>
    <message>
        <source> over the first %1 attempts shown</source>
        <translation>（表示中の最初の %1 回の試行）</translation>
    </message>
    <message>
        <source>; with full jitter each wait is drawn between 0 and its bar&apos;s top</source>
        <translation>。フルジッターでは各待機が 0 からバーの上端までの間で決まります</translation>
    </message>
    <message>
        <source>; with equal jitter each wait is drawn between half and all of its bar</source>
        <translation>。イコールジッターでは各待機がバーの半分から全体までの間で決まります</translation>
    </message>
    <message>
        <source>max_backoff %1</source>
        <translation>max_backoff %1</translation>
    </message>
    <message>
        <source>Backoff chart</source>
        <translation>待機時間のグラフ</translation>
    </message>
    <message>
        <source>The wait before each attempt and their running total; the text below it sums it up.</source>
        <translation>各試行の前の待機とその累計。下のテキストに要約があります。</translation>
    </message>
</context>
<context>
    <name>volnux::ChangedTasksModel</name>
    <message>
        <source>newly failing</source>
        <translation>新たに失敗</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>現在 %1</translation>
    </message>
    <message>
        <source>+1 attempt</source>
        <translation>試行 +1</translation>
    </message>
    <message>
        <source>−1 attempt</source>
        <translation>試行 −1</translation>
    </message>
    <message>
        <source>+%1 attempts</source>
        <translation>試行 +%1</translation>
    </message>
    <message>
        <source>−%1 attempts</source>
        <translation>試行 −%1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Outcome A</source>
        <translation>結果 A</translation>
    </message>
    <message>
        <source>Outcome B</source>
        <translation>結果 B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>試行 A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>試行 B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
</context>
<context>
    <name>volnux::CompareEventsModel</name>
    <message>
        <source>only in B</source>
        <translation>B のみ</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>A のみ</translation>
    </message>
    <message>
        <source>newly failing</source>
        <translation>新たに失敗</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>more failures</source>
        <translation>失敗が増加</translation>
    </message>
    <message>
        <source>1 more attempt</source>
        <translation>試行が 1 回増加</translation>
    </message>
    <message>
        <source>1 fewer attempt</source>
        <translation>試行が 1 回減少</translation>
    </message>
    <message>
        <source>%1 more attempts</source>
        <translation>試行が %1 回増加</translation>
    </message>
    <message>
        <source>%1 fewer attempts</source>
        <translation>試行が %1 回減少</translation>
    </message>
    <message>
        <source>same</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Status A</source>
        <translation>状態 A</translation>
    </message>
    <message>
        <source>Status B</source>
        <translation>状態 B</translation>
    </message>
    <message>
        <source>Succeeded A</source>
        <translation>成功 A</translation>
    </message>
    <message>
        <source>Succeeded B</source>
        <translation>成功 B</translation>
    </message>
    <message>
        <source>Failed A</source>
        <translation>失敗 A</translation>
    </message>
    <message>
        <source>Failed B</source>
        <translation>失敗 B</translation>
    </message>
    <message>
        <source>Attempts A</source>
        <translation>試行 A</translation>
    </message>
    <message>
        <source>Attempts B</source>
        <translation>試行 B</translation>
    </message>
    <message>
        <source>Duration A</source>
        <translation>所要時間 A</translation>
    </message>
    <message>
        <source>Duration B</source>
        <translation>所要時間 B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
</context>
<context>
    <name>volnux::CompareTimelines</name>
    <message>
        <source>A: run %1</source>
        <translation>A: 実行 %1</translation>
    </message>
    <message>
        <source>B: run %1</source>
        <translation>B: 実行 %1</translation>
    </message>
</context>
<context>
    <name>volnux::DesignWarnings</name>
    <message>
        <source>events[%1]: &apos;%2&apos; is not in the pipeline, so it never runs: every run skips its tasks. Add it to the pipeline, or delete the event.</source>
        <translation>events[%1]: 「%2」はパイプラインに含まれていないため実行されず、すべての実行でそのタスクがスキップされます。パイプラインに追加するか、イベントを削除してください。</translation>
    </message>
</context>
<context>
    <name>volnux::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>閉じる前に「%1」の変更を保存しますか?</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>未保存の作業を復元しますか?</translation>
    </message>
    <message>
        <source>Volnux Studio did not close normally. Unsaved changes to “%1” from %2 were kept. Restore them?</source>
        <translation>Volnux Studio は正常に終了しませんでした。「%1」の未保存の変更（%2）が保持されています。復元しますか?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>Volnux projects (*.vxproj *.json);;All files (*)</source>
        <translation>Volnux プロジェクト (*.vxproj *.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>volnux::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Fix these problems before saving</source>
        <translation>保存する前にこれらの問題を修正してください</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Cannot restore unsaved work</source>
        <translation>未保存の作業を復元できません</translation>
    </message>
    <message>
        <source>Restored unsaved work</source>
        <translation>未保存の作業を復元しました</translation>
    </message>
    <message numerus="yes">
        <source>Restored unsaved work, as it was: %n problem(s) to fix before it can be saved or run</source>
        <translation>
            <numerusform>未保存の作業をそのまま復元しました。保存または実行の前に %n 件の問題を修正してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more will be offered at the next start</source>
        <translation>
            <numerusform>。残り %n 件は次回起動時に提示されます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volnux::DurationEdit</name>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>volnux::EditPipelineCommand</name>
    <message>
        <source>Edit pipeline</source>
        <translation>パイプラインを編集</translation>
    </message>
</context>
<context>
    <name>volnux::EditProjectNameCommand</name>
    <message>
        <source>Rename project</source>
        <translation>プロジェクト名を変更</translation>
    </message>
</context>
<context>
    <name>volnux::EventEditor</name>
    <message>
        <source>Select an event in the project explorer, or add one.</source>
        <translation>プロジェクトエクスプローラーでイベントを選択するか、追加してください。</translation>
    </message>
</context>
<context>
    <name>volnux::EventExplanation</name>
    <message>
        <source>Select an event to see why it succeeded or failed.</source>
        <translation>イベントを選択すると、成功または失敗の理由が表示されます。</translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation>%1 はまだ評価されていません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>他 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided by the failures of:</source>
        <translation>次の失敗により決定:</translation>
    </message>
    <message>
        <source>Rescued by the successes of:</source>
        <translation>次の成功により回復:</translation>
    </message>
</context>
<context>
    <name>volnux::EventListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>イベント名を変更</translation>
    </message>
</context>
<context>
    <name>volnux::EventSummaryModel</name>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1
Pipeline branch %2</source>
        <translation>%1
パイプライン分岐 %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>volnux::ExceptionTypesEditor</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Pick or type an error type</source>
        <translation>エラーの型を選ぶか入力</translation>
    </message>
    <message>
        <source>Error type to add</source>
        <translation>追加するエラーの型</translation>
    </message>
    <message>
        <source>Error types to retry</source>
        <translation>リトライするエラーの型</translation>
    </message>
    <message>
        <source>Pick an error type from the tree, or type your own, then press Add. A listed type includes the types derived from it.</source>
        <translation>ツリーからエラー型を選ぶか独自の型を入力し、「追加」を押してください。一覧の型は、その型から派生した型も含みます。</translation>
    </message>
    <message>
        <source>Add the chosen error type to the types to retry.</source>
        <translation>選んだエラー型を再試行する型に追加します。</translation>
    </message>
    <message>
        <source>Remove the selected error types from the list.</source>
        <translation>選択したエラー型を一覧から削除します。</translation>
    </message>
    <message>
        <source>Empty list: any error except CancelledError.</source>
        <translation>空のリスト: CancelledError 以外のすべてのエラー。</translation>
    </message>
</context>
<context>
    <name>volnux::ExecutorSection</name>
    <message>
        <source>Executor</source>
        <translation>エグゼキューター</translation>
    </message>
    <message>
        <source>EMPTY: %1</source>
        <translation>未設定: %1</translation>
    </message>
    <message>
        <source>processor count: %1</source>
        <translation>プロセッサー数: %1</translation>
    </message>
    <message>
        <source>workers live as long as the executor</source>
        <translation>ワーカーはエグゼキューターと同じ期間存続します</translation>
    </message>
    <message>
        <source>threads keep their default names</source>
        <translation>スレッドは既定の名前のままです</translation>
    </message>
    <message>
        <source>attempts have no time limit</source>
        <translation>試行に時間制限はありません</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>The longest one attempt may take. An attempt still running then fails with TimeoutError, which the retry policy retries like any other error; a process-pool worker still running it is killed and replaced.</source>
        <translation>1 回の試行にかけられる最長の時間です。その時点でまだ実行中の試行は TimeoutError で失敗し、リトライポリシーが他のエラーと同様に再試行します。その試行を実行中のプロセスプールのワーカーは強制終了され、置き換えられます。</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>エグゼキューター:</translation>
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
        <translation>エグゼキューターを変更</translation>
    </message>
    <message>
        <source>Edit max_workers</source>
        <translation>max_workers を編集</translation>
    </message>
    <message>
        <source>Edit max_tasks_per_child</source>
        <translation>max_tasks_per_child を編集</translation>
    </message>
    <message>
        <source>Edit thread_name_prefix</source>
        <translation>thread_name_prefix を編集</translation>
    </message>
    <message>
        <source>Edit timeout_ms</source>
        <translation>timeout_ms を編集</translation>
    </message>
    <message>
        <source>Tasks run one after another on the run&apos;s engine thread; the pool settings below apply to the pool executors.</source>
        <translation>タスクは実行のエンジンスレッドで順番に実行されます。下のプール設定はプール型エグゼキューターに適用されます。</translation>
    </message>
    <message>
        <source>Tasks run on a pool of threads.</source>
        <translation>タスクはスレッドプールで実行されます。</translation>
    </message>
    <message>
        <source>Tasks run in worker processes; a crashed worker fails its attempt with WorkerCrashedError and is replaced.</source>
        <translation>タスクはワーカープロセスで実行されます。クラッシュしたワーカーは試行を WorkerCrashedError で失敗させ、置き換えられます。</translation>
    </message>
    <message>
        <source>Where the event&apos;s tasks run: one after another on the run&apos;s engine thread, on a pool of threads or on a pool of worker processes.</source>
        <translation>イベントのタスクを実行する場所：実行のエンジンスレッドで順番に、スレッドプールで、またはワーカープロセスのプールで。</translation>
    </message>
    <message>
        <source>The most workers (threads or processes) the executor runs at once.</source>
        <translation>エグゼキューターが同時に動かすワーカー（スレッドまたはプロセス）の最大数。</translation>
    </message>
    <message>
        <source>A worker is retired after running this many attempts, and a fresh worker takes its place.</source>
        <translation>ワーカーはこの回数の試行を実行すると退役し、新しいワーカーが代わりに入ります。</translation>
    </message>
    <message>
        <source>Worker threads are named prefix + index; the name shows in the run monitor&apos;s Worker column.</source>
        <translation>ワーカースレッドの名前は「接頭辞 + 番号」です。名前は実行モニターのワーカー列に表示されます。</translation>
    </message>
</context>
<context>
    <name>volnux::ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Rows with &amp;Header</source>
        <translation>ヘッダー付きで行をコピー(&amp;H)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Picture…</source>
        <translation>画像を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Picture at Si&amp;ze…</source>
        <translation>サイズを指定して画像を保存(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>A picture is at most %1 pixels on a side.</source>
        <translation>画像の一辺は最大 %1 ピクセルです。</translation>
    </message>
</context>
<context>
    <name>volnux::FlakyTasksModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%2 回の実行中 %1 回</translation>
    </message>
    <message>
        <source>(returned failure)</source>
        <translation>（失敗を返却）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Retried or failed</source>
        <translation>リトライまたは失敗</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Error types</source>
        <translation>エラーの型</translation>
    </message>
    <message>
        <source>Succeeded at attempt</source>
        <translation>成功した試行</translation>
    </message>
    <message>
        <source>Runs (newest first)</source>
        <translation>実行（新しい順）</translation>
    </message>
</context>
<context>
    <name>volnux::GeneralSection</name>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>イベント名を変更</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>種類を変更</translation>
    </message>
    <message>
        <source>Edit parameters</source>
        <translation>パラメーターを編集</translation>
    </message>
    <message>
        <source>The event&apos;s name, unique in the project: the pipeline, the run monitor and the run history refer to the event by it.</source>
        <translation>プロジェクト内で一意なイベント名です。パイプライン、実行モニター、実行履歴はこの名前でイベントを参照します。</translation>
    </message>
    <message>
        <source>What each task does: run a program, sleep, compute, simulate an outcome or call an event from a plugin library.</source>
        <translation>各タスクの処理内容：プログラムの実行、スリープ、計算、結果のシミュレーション、またはプラグインライブラリのイベント呼び出し。</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryModel</name>
    <message>
        <source>#%1 ↻ rerun of #%2</source>
        <translation>#%1 ↻ #%2 の再実行</translation>
    </message>
    <message>
        <source>Run %1 reran the failed or chosen tasks of run %2</source>
        <translation>実行 %1 は実行 %2 の失敗したタスクまたは選択したタスクを再実行しました</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
</context>
<context>
    <name>volnux::HistoryPanel</name>
    <message>
        <source>All projects</source>
        <translation>すべてのプロジェクト</translation>
    </message>
    <message>
        <source>List the runs of every project, not only the open one&apos;s</source>
        <translation>開いているプロジェクトだけでなく、すべてのプロジェクトの実行を一覧表示</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Search run, project, host…</source>
        <translation>実行、プロジェクト、ホストを検索…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show the selected run in the Run panel, read-only</source>
        <translation>選択した実行を実行パネルに読み取り専用で表示</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>選択した 2 つの実行を比較</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the selected run as JSON Lines, a Chrome trace or CSV</source>
        <translation>選択した実行を JSON Lines、Chrome トレース、CSV のいずれかで保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected runs from the run store (Undo follows)</source>
        <translation>選択した実行を実行ストアから削除（元に戻せます）</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 件の実行</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 件の実行</translation>
    </message>
    <message>
        <source>1 run deleted</source>
        <translation>1 件の実行を削除しました</translation>
    </message>
    <message>
        <source>%1 runs deleted</source>
        <translation>%1 件の実行を削除しました</translation>
    </message>
    <message>
        <source>Save the project to keep its runs</source>
        <translation>実行を保持するにはプロジェクトを保存してください</translation>
    </message>
    <message>
        <source>Recorded runs</source>
        <translation>記録された実行</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>実行を検索</translation>
    </message>
    <message>
        <source>The runs kept in the run store, newest first. Open one to see it in the monitor; select two to compare them.</source>
        <translation>実行ストアに保存された実行（新しい順）。開くとモニターに表示され、2 つ選ぶと比較できます。</translation>
    </message>
    <message>
        <source>Show only the runs that ended in this state</source>
        <translation>この状態で終わった実行だけを表示</translation>
    </message>
    <message>
        <source>Bring back the runs deleted last</source>
        <translation>最後に削除した実行を元に戻す</translation>
    </message>
</context>
<context>
    <name>volnux::KindParamsEditor</name>
    <message>
        <source>Must be %1.</source>
        <translation>%1 である必要があります。</translation>
    </message>
    <message>
        <source>EMPTY</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Leave out of the file: the default, %1, applies.</source>
        <translation>ファイルに書き込みません。既定値 %1 が適用されます。</translation>
    </message>
    <message>
        <source>Leave out of the file.</source>
        <translation>ファイルに書き込みません。</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>KEY=VALUE を 1 行に 1 つ</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>1 行に 1 つ</translation>
    </message>
    <message>
        <source>e.g. 0, 2, 5</source>
        <translation>例: 0, 2, 5</translation>
    </message>
    <message>
        <source>a JSON value or text</source>
        <translation>JSON の値またはテキスト</translation>
    </message>
</context>
<context>
    <name>volnux::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>イベント名を変更</translation>
    </message>
    <message>
        <source>Duplicate Event</source>
        <translation>イベントを複製</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>イベントを削除</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Volnux Studio</source>
        <translation>Volnux Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1[*] — Volnux Studio</source>
        <translation>%1[*] — Volnux Studio</translation>
    </message>
    <message>
        <source>Running needs the run monitor, which this build lacks</source>
        <translation>実行には実行モニターが必要ですが、このビルドには含まれていません</translation>
    </message>
    <message numerus="yes">
        <source>Run the project (F5): %n problem(s) to fix first</source>
        <translation>
            <numerusform>プロジェクトを実行 (F5): 先に %n 件の問題を修正してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the project (F5)</source>
        <translation>プロジェクトを実行 (F5)</translation>
    </message>
    <message>
        <source>Cancel the run (Shift+F5)</source>
        <translation>実行をキャンセル (Shift+F5)</translation>
    </message>
    <message>
        <source>No run in progress</source>
        <translation>実行中の処理はありません</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 件の問題</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problems list</source>
        <translation>問題の一覧を表示</translation>
    </message>
    <message>
        <source>About Volnux Studio</source>
        <translation>Volnux Studio について</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalIntField</name>
    <message>
        <source>EMPTY</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the executor uses its default.</source>
        <translation>このフィールドをファイルに書き込みません。エグゼキューターは既定値を使います。</translation>
    </message>
</context>
<context>
    <name>volnux::OptionalTextField</name>
    <message>
        <source>EMPTY</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Leave the field out of the file; the default applies.</source>
        <translation>この項目をファイルに書きません。既定値が使われます。</translation>
    </message>
</context>
<context>
    <name>volnux::OutcomeSection</name>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>EMPTY: SUCCESS_ON_ALL_EVENTS_SUCCESS</source>
        <translation>未設定: SUCCESS_ON_ALL_EVENTS_SUCCESS</translation>
    </message>
    <message>
        <source>After its retries, an exception cancels the event&apos;s other tasks and no later event starts; the run ends as stopped.</source>
        <translation>リトライの後も例外が出た場合、そのイベントの他のタスクはキャンセルされ、後続のイベントは開始されません。実行は停止として終了します。</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>評価:</translation>
    </message>
    <message>
        <source>Change evaluation</source>
        <translation>評価を変更</translation>
    </message>
    <message>
        <source>Toggle stop_on_exception</source>
        <translation>stop_on_exception を切り替え</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> tasks</source>
        <translation> タスク</translation>
    </message>
    <message>
        <source>Evaluation threshold</source>
        <translation>評価のしきい値</translation>
    </message>
    <message>
        <source>How the outcomes of the event&apos;s tasks decide whether the event succeeded, once all of them have ended.</source>
        <translation>すべてのタスクが終わったとき、その結果からイベントの成否をどう決めるか。</translation>
    </message>
    <message>
        <source>How many tasks (AT_LEAST_COUNT) or what percentage of them (AT_LEAST_PERCENT) must succeed.</source>
        <translation>成功しなければならないタスクの数（AT_LEAST_COUNT）または割合（AT_LEAST_PERCENT）。</translation>
    </message>
    <message>
        <source>Stop the run on an exception</source>
        <translation>例外で実行を停止</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunBanner</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop reading this run; what was read so far stays on screen</source>
        <translation>この実行の読み込みを中止します。読み込み済みの内容は表示されたままです</translation>
    </message>
    <message>
        <source>Run #%1 of %2, started %3, %4 in %5</source>
        <translation>%2 の実行 #%1、開始 %3、%4（%5）</translation>
    </message>
    <message>
        <source>Reading past run: %1…</source>
        <translation>過去の実行を読み込み中: %1…</translation>
    </message>
    <message>
        <source>Past run (read-only): %1.</source>
        <translation>過去の実行（読み取り専用）: %1。</translation>
    </message>
    <message>
        <source>Past run (read-only, partly read: cancelled): %1.</source>
        <translation>過去の実行（読み取り専用、一部のみ読み込み: キャンセル）: %1。</translation>
    </message>
    <message>
        <source>The past run could not be read: %1</source>
        <translation>過去の実行を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 has no recorded runs yet. Choose Run (F5) to start one; every run is kept in History.</source>
        <translation>%1 にはまだ記録された実行がありません。実行 (F5) を選んで開始してください。すべての実行は履歴に保存されます。</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>このプロジェクト</translation>
    </message>
</context>
<context>
    <name>volnux::PastRunController</name>
    <message>
        <source>reading run #%1 was cancelled</source>
        <translation>実行 #%1 の読み込みはキャンセルされました</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineEditor</name>
    <message>
        <source>Empty: the events run in the order of the project explorer.
Example: fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</source>
        <translation>空の場合、イベントはプロジェクトエクスプローラーの順に実行されます。
例: fetch -&gt; build (0 -&gt; notify, 1 -&gt; test || lint)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>No pipeline: the events run in the order of the project explorer.</source>
        <translation>パイプラインなし: イベントはプロジェクトエクスプローラーの順に実行されます。</translation>
    </message>
    <message>
        <source>Out of date: the text has an error at line %1, column %2. The graph shows the last pipeline that was valid.</source>
        <translation>古い表示: テキストの %1 行 %2 列にエラーがあります。グラフは最後に有効だったパイプラインを表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline text</source>
        <translation>パイプラインのテキスト</translation>
    </message>
    <message>
        <source>The order the events run in: A -&gt; B one after another, A || B at once, A (0 -&gt; F, 1 -&gt; S) by A&apos;s outcome, A * 3 with up to three attempts.</source>
        <translation>イベントの実行順序：A -&gt; B は順番に、A || B は同時に、A (0 -&gt; F, 1 -&gt; S) は A の結果に応じて、A * 3 は最大 3 回の試行で。</translation>
    </message>
</context>
<context>
    <name>volnux::PipelineGraphView</name>
    <message>
        <source>× %1 attempts</source>
        <translation>× %1 回試行</translation>
    </message>
    <message>
        <source>results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>0 failure</source>
        <translation>0 失敗</translation>
    </message>
    <message>
        <source>1 success</source>
        <translation>1 成功</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>イベントはまだありません</translation>
    </message>
    <message>
        <source>Pipeline graph</source>
        <translation>パイプラインのグラフ</translation>
    </message>
    <message>
        <source>The events in the order the pipeline runs them. Arrow keys select an event, Enter opens it in the editor, + and - zoom.</source>
        <translation>パイプラインが実行する順のイベント。矢印キーでイベントを選択、Enter でエディターに表示、+ と - で拡大・縮小します。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>%1 · %2/%3 done</source>
        <translation>%1 · %2/%3 完了</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>、%n 失敗</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volnux::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>フォントサイズ(&amp;F):</translation>
    </message>
    <message>
        <source>The language of the studio; it changes as soon as you press OK</source>
        <translation>スタジオの表示言語。OK を押すとすぐに切り替わります</translation>
    </message>
    <message>
        <source>Light or dark colours, or whatever the system uses</source>
        <translation>明るい配色、暗い配色、またはシステムの設定</translation>
    </message>
    <message>
        <source>The size of the studio&apos;s text; the lowest value uses the system&apos;s</source>
        <translation>スタジオの文字サイズ。最小値はシステムのサイズを使います</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>この設定を保存します</translation>
    </message>
    <message>
        <source>Go back to the settings you had before</source>
        <translation>以前の設定に戻します</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.redis_url</source>
        <translation>プロジェクトの cluster.redis_url</translation>
    </message>
    <message>
        <source>The Redis server through which RedisExecutor events reach volnux-worker processes, as redis://[user:password@]host:port/db or unix:///path/to/socket. It replaces the project&apos;s cluster.redis_url; $VOLNUX_REDIS_URL is used when this is empty.</source>
        <translation>RedisExecutor のイベントが volnux-worker プロセスに届くための Redis サーバー。redis://[user:password@]host:port/db または unix:///path/to/socket の形式です。プロジェクトの cluster.redis_url に代わり、空のときは $VOLNUX_REDIS_URL が使われます。</translation>
    </message>
    <message>
        <source>the project&apos;s cluster.queue</source>
        <translation>プロジェクトの cluster.queue</translation>
    </message>
    <message>
        <source>The queue whose workers run the attempts; it replaces the project&apos;s cluster.queue.</source>
        <translation>試行を実行するワーカーのキュー。プロジェクトの cluster.queue に代わります。</translation>
    </message>
    <message>
        <source>&amp;Redis URL:</source>
        <translation>Redis URL(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>キュー(&amp;Q):</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in %1:</source>
        <translation>
            <numerusform>%1 に %n 件の問題:</numerusform>
        </translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>volnux::ProblemsPanel</name>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>問題をクリックするとそのフィールドに移動します</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectChangedNote</name>
    <message>
        <source>Run again with changes</source>
        <translation>変更を反映して再実行</translation>
    </message>
    <message>
        <source>The project was edited during this run. The run goes on with the project as it was when it started; the edits are not in it.</source>
        <translation>この実行中にプロジェクトが編集されました。実行は開始時のプロジェクトのまま続行され、編集内容は含まれません。</translation>
    </message>
    <message>
        <source>The project was edited after this run started; the edits were not in it.</source>
        <translation>この実行の開始後にプロジェクトが編集されました。編集内容は含まれていません。</translation>
    </message>
    <message>
        <source>Cancel this run, then start a new one with the edits</source>
        <translation>この実行をキャンセルし、編集内容で新しい実行を開始</translation>
    </message>
    <message>
        <source>Start a new run with the edits</source>
        <translation>編集内容で新しい実行を開始</translation>
    </message>
    <message>
        <source>Start a new run of the project as it is now</source>
        <translation>現在のプロジェクトで新しい実行を開始します</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>volnux::ProjectExplorer</name>
    <message>
        <source>Add event</source>
        <translation>イベントを追加</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>イベントを複製</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>イベントを削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in run summaries and traces</source>
        <translation>実行の概要やトレースに表示されるプロジェクトの名前</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 を複製</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>The project&apos;s events. Select one to edit it; F2 renames it. Without a pipeline they run in this order.</source>
        <translation>プロジェクトのイベント。選ぶと編集でき、F2 で名前を変更します。パイプラインがなければこの順に実行されます。</translation>
    </message>
</context>
<context>
    <name>volnux::RemoveEventCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>volnux::RetrySection</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Retry policy</source>
        <translation>リトライポリシー</translation>
    </message>
    <message>
        <source>Without a retry policy every task makes one attempt.</source>
        <translation>リトライポリシーがない場合、各タスクの試行は 1 回です。</translation>
    </message>
    <message>
        <source>none: exactly the formula</source>
        <translation>none: 式のとおり</translation>
    </message>
    <message>
        <source>full: random, 0 to the formula</source>
        <translation>full: 0 から式の値までのランダム</translation>
    </message>
    <message>
        <source>equal: half, plus random up to half</source>
        <translation>equal: 半分に、最大で半分のランダムを加算</translation>
    </message>
    <message>
        <source>Spreads the retries of tasks that failed together, so they do not all come back at the same instant. The chart shows the range.</source>
        <translation>同時に失敗したタスクのリトライを分散させ、すべてが同じ瞬間に戻らないようにします。グラフにその範囲が表示されます。</translation>
    </message>
    <message>
        <source>The wait before attempt n + 1 is factor × 2^(n−1), capped.</source>
        <translation>試行 n + 1 の前の待機は 係数 × 2^(n−1)（上限あり）です。</translation>
    </message>
    <message>
        <source>Empty: retry any error except CancelledError. Listed types include the types derived from them.</source>
        <translation>空の場合、CancelledError 以外のすべてのエラーをリトライします。列挙した型には、その派生型も含まれます。</translation>
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
        <translation>リトライ対象:</translation>
    </message>
    <message>
        <source>jitter:</source>
        <translation>jitter:</translation>
    </message>
    <message>
        <source>Toggle retry policy</source>
        <translation>リトライポリシーを切り替え</translation>
    </message>
    <message>
        <source>Edit max_attempts</source>
        <translation>max_attempts を編集</translation>
    </message>
    <message>
        <source>Edit backoff_factor</source>
        <translation>backoff_factor を編集</translation>
    </message>
    <message>
        <source>Edit max_backoff</source>
        <translation>max_backoff を編集</translation>
    </message>
    <message>
        <source>Edit retry_on_exceptions</source>
        <translation>retry_on_exceptions を編集</translation>
    </message>
    <message>
        <source>Edit jitter</source>
        <translation>jitter を編集</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, overriding max_attempts; the rest is this policy.</source>
        <translation>
            <numerusform>パイプラインはこのイベントを「%1」として実行します: タスクごとに %n 回試行（max_attempts より優先）し、それ以外はこのポリシーに従います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pipeline runs this event as “%1”: %n attempt(s) per task, with the default policy for the rest.</source>
        <translation>
            <numerusform>パイプラインはこのイベントを「%1」として実行します: タスクごとに %n 回試行し、それ以外は既定のポリシーに従います。</numerusform>
        </translation>
    </message>
    <message>
        <source>From this event&apos;s retry policy.</source>
        <translation>このイベントのリトライポリシーによる。</translation>
    </message>
    <message>
        <source>No retry policy: one attempt per task.</source>
        <translation>リトライポリシーなし: タスクごとに 1 回試行。</translation>
    </message>
    <message>
        <source>The most attempts a task gets, counting the first one.</source>
        <translation>1 つのタスクが受ける試行の最大回数（最初の試行を含む）。</translation>
    </message>
    <message>
        <source>No single wait between two attempts is longer than this.</source>
        <translation>2 回の試行の間の待ち時間は、どれもこれより長くなりません。</translation>
    </message>
</context>
<context>
    <name>volnux::RunAnalysisActions</name>
    <message>
        <source>&amp;Compare Runs…</source>
        <translation>実行を比較(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export Latest Run…</source>
        <translation>最新の実行をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>トレンド(&amp;T)</translation>
    </message>
    <message>
        <source>Volnux Studio</source>
        <translation>Volnux Studio</translation>
    </message>
    <message>
        <source>Compare run %1 with run %2</source>
        <translation>実行 %1 と実行 %2 を比較</translation>
    </message>
    <message>
        <source>Trends: all projects</source>
        <translation>トレンド: すべてのプロジェクト</translation>
    </message>
    <message>
        <source>Trends: %1</source>
        <translation>トレンド: %1</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>記録された実行はまだありません (%1)。</translation>
    </message>
    <message>
        <source>This project has no recorded run to export.</source>
        <translation>このプロジェクトにはエクスポートできる記録済みの実行がありません。</translation>
    </message>
    <message>
        <source>Export Run %1</source>
        <translation>実行 %1 をエクスポート</translation>
    </message>
    <message>
        <source>A run is exported as .jsonl, .json (Chrome trace) or .csv.</source>
        <translation>実行は .jsonl、.json (Chrome トレース)、.csv のいずれかでエクスポートされます。</translation>
    </message>
    <message>
        <source>Exporting run %1…</source>
        <translation>実行 %1 をエクスポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>%1 にエクスポートできません: %2</translation>
    </message>
</context>
<context>
    <name>volnux::RunCompareView</name>
    <message>
        <source>Tasks that changed outcome or attempt count</source>
        <translation>結果または試行回数が変わったタスク</translation>
    </message>
    <message>
        <source>Reading runs %1 and %2…</source>
        <translation>実行 %1 と %2 を読み込み中…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = run %2 of %3, %4, started %5, %6, %7 tasks, %8 failed, %9 attempts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %3 の実行 %2、%4、開始 %5、%6、タスク %7、失敗 %8、試行 %9</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>比較できません: %1</translation>
    </message>
    <message>
        <source>1 task changed its outcome or attempt count</source>
        <translation>1 個のタスクの結果または試行回数が変わりました</translation>
    </message>
    <message>
        <source>%1 tasks changed their outcome or attempt count</source>
        <translation>%1 個のタスクの結果または試行回数が変わりました</translation>
    </message>
    <message>
        <source>; tasks that ran in one run only: %1 in A, %2 in B</source>
        <translation>。片方の実行だけで実行されたタスク: A に %1 個、B に %2 個</translation>
    </message>
    <message>
        <source>Attempts in %1 (run %2) of %3 task %4</source>
        <translation>%1（実行 %2）の %3 のタスク %4 の試行</translation>
    </message>
    <message>
        <source>Attempts in %1: select a task</source>
        <translation>%1 の試行: タスクを選択してください</translation>
    </message>
</context>
<context>
    <name>volnux::RunControlBar</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Validate the project and start a run</source>
        <translation>プロジェクトを検証して実行を開始</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <source>Cancel every open task of this run</source>
        <translation>この実行の未完了タスクをすべてキャンセル</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>タスクをキャンセル</translation>
    </message>
    <message>
        <source>Cancel the selected task</source>
        <translation>選択したタスクをキャンセル</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐリトライ</translation>
    </message>
    <message>
        <source>Start the next attempt of the selected task without waiting for its backoff</source>
        <translation>待機時間を待たずに、選択したタスクの次の試行を開始</translation>
    </message>
    <message>
        <source>Rerun failed</source>
        <translation>失敗分を再実行</translation>
    </message>
    <message>
        <source>Start a new run of the failed tasks with the same settings</source>
        <translation>失敗したタスクを同じ設定で新しく実行</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>実行: %1</translation>
    </message>
    <message>
        <source>Cancelled: %v of %m tasks done</source>
        <translation>キャンセル: %m タスク中 %v 完了</translation>
    </message>
    <message>
        <source>Stopped: %v of %m tasks done</source>
        <translation>停止: %m タスク中 %v 完了</translation>
    </message>
    <message>
        <source>Interrupted: %v of %m tasks done</source>
        <translation>中断: %m タスク中 %v 完了</translation>
    </message>
    <message>
        <source>%v / %m tasks done, %1 cancelled</source>
        <translation>%v / %m タスク完了、%1 キャンセル</translation>
    </message>
    <message>
        <source>%v / %m tasks done</source>
        <translation>%v / %m タスク完了</translation>
    </message>
</context>
<context>
    <name>volnux::RunExportJob</name>
    <message>
        <source>JSON Lines trace (*.jsonl);;Chrome trace for Perfetto (*.json);;CSV, one row per attempt (*.csv)</source>
        <translation>JSON Lines トレース (*.jsonl);;Perfetto 用 Chrome トレース (*.json);;CSV、試行ごとに 1 行 (*.csv)</translation>
    </message>
</context>
<context>
    <name>volnux::RunMonitor</name>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Search task, input, error…</source>
        <translation>タスク、入力、エラーを検索…</translation>
    </message>
    <message>
        <source>Select an attempt to see its log</source>
        <translation>試行を選択するとログが表示されます</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Lane per task</source>
        <translation>タスクごとのレーン</translation>
    </message>
    <message>
        <source>Lane per worker</source>
        <translation>ワーカーごとのレーン</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>タイムライン:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>タスクを検索</translation>
    </message>
    <message>
        <source>Attempt log</source>
        <translation>試行のログ</translation>
    </message>
    <message numerus="yes">
        <source>Rerun selected tasks (%n)</source>
        <translation>
            <numerusform>選択したタスクを再実行 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per task: its status, attempts, the time to its next retry, its last error and worker. Select a task to see its attempts and log.</source>
        <translation>タスクごとに 1 行：状態、試行、次の再試行までの時間、最後のエラー、ワーカー。タスクを選ぶと試行とログが表示されます。</translation>
    </message>
    <message>
        <source>Show only the tasks in this state</source>
        <translation>この状態のタスクだけを表示</translation>
    </message>
    <message>
        <source>Show only the tasks of this event</source>
        <translation>このイベントのタスクだけを表示</translation>
    </message>
    <message>
        <source>Every attempt of the selected task: when it started against when it was due, how long it took and how it ended.</source>
        <translation>選択したタスクのすべての試行：予定時刻に対する開始時刻、所要時間、終わり方。</translation>
    </message>
    <message>
        <source>What the selected attempt wrote, and how it ended.</source>
        <translation>選択した試行の出力と終わり方。</translation>
    </message>
    <message>
        <source>One row per event: its status and task counts. Select an event to read why it succeeded or failed.</source>
        <translation>イベントごとに 1 行：状態とタスク数。イベントを選ぶと成功または失敗の理由が読めます。</translation>
    </message>
    <message>
        <source>Draw the timeline with one lane per task, or one per worker</source>
        <translation>タイムラインをタスクごと、またはワーカーごとのレーンで描きます</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline</source>
        <translation>実行全体をタイムラインに表示します</translation>
    </message>
</context>
<context>
    <name>volnux::RunPairDialog</name>
    <message>
        <source>&amp;All projects</source>
        <translation>すべてのプロジェクト(&amp;A)</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>実行を比較</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Select two runs: the older is A, the newer B.</source>
        <translation>実行を 2 つ選択してください。古い方が A、新しい方が B です。</translation>
    </message>
    <message>
        <source>No runs are recorded yet (%1).</source>
        <translation>記録された実行はまだありません (%1)。</translation>
    </message>
    <message>
        <source>Fewer than two runs are recorded here.</source>
        <translation>ここに記録された実行は 2 つ未満です。</translation>
    </message>
</context>
<context>
    <name>volnux::RunTimeline</name>
    <message>
        <source>No run yet. Press Run (F5): every attempt of every task appears here as a bar,
every backoff as a gap before the next attempt.</source>
        <translation>まだ実行していません。実行 (F5) を押すと、各タスクの各試行がここにバーとして表示され、
各待機は次の試行の前の空白として表示されます。</translation>
    </message>
    <message>
        <source>seconds since run start</source>
        <translation>実行開始からの秒数</translation>
    </message>
    <message>
        <source>Run timeline</source>
        <translation>実行のタイムライン</translation>
    </message>
    <message>
        <source>Every attempt of every task as a bar over time, grouped by event. Arrow keys select a task, Enter shows its attempts, Space collapses or expands its event, + and - zoom.</source>
        <translation>各タスクのすべての試行を時間軸上のバーで表示（イベントごとにグループ化）。矢印キーでタスクを選択、Enter で試行を表示、Space でイベントを折りたたみ／展開、+ と - でズーム。</translation>
    </message>
    <message>
        <source>Collapse all events</source>
        <translation>すべてのイベントを折りたたむ</translation>
    </message>
    <message>
        <source>Expand all events</source>
        <translation>すべてのイベントを展開</translation>
    </message>
</context>
<context>
    <name>volnux::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>volnux::StatusStyle</name>
    <message>
        <source>queued</source>
        <translation>待ち行列</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>リトライ待ち</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
</context>
<context>
    <name>volnux::StudioWindow</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>The project cannot run</source>
        <translation>プロジェクトを実行できません</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>This run is not recorded in History: %1</source>
        <translation>この実行は履歴に記録されていません: %1</translation>
    </message>
    <message>
        <source>A run is going on: cancel it or wait for its end to open another.</source>
        <translation>実行中の処理があります。別の実行を開くには、キャンセルするか終了を待ってください。</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
</context>
<context>
    <name>volnux::TaskTableModel</name>
    <message>
        <source>due</source>
        <translation>予定時刻</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 後</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>次のリトライ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
</context>
<context>
    <name>volnux::TasksSection</name>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>One task</source>
        <translation>1 タスク</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>個数:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>入力:</translation>
    </message>
    <message>
        <source>Default: one task with input 0.</source>
        <translation>既定: 入力 0 のタスクが 1 つ。</translation>
    </message>
    <message>
        <source>One input per line; paste a column here.
Numbers and JSON values are kept as such.</source>
        <translation>1 行に 1 つの入力。列をここに貼り付けられます。
数値と JSON の値はそのまま保持されます。</translation>
    </message>
    <message>
        <source>(default: input 0)</source>
        <translation>（既定: 入力 0）</translation>
    </message>
    <message>
        <source>Edit tasks</source>
        <translation>タスクを編集</translation>
    </message>
    <message>
        <source>Run this many tasks, with the inputs 0 to N − 1.</source>
        <translation>この数のタスクを、入力 0 〜 N − 1 で実行します。</translation>
    </message>
    <message>
        <source>Run one task for each line, with that line as its input.</source>
        <translation>1 行ごとに 1 つのタスクを、その行を入力として実行します。</translation>
    </message>
</context>
<context>
    <name>volnux::TrendPlots</name>
    <message>
        <source>Run duration</source>
        <translation>実行の所要時間</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Task duration per event: median (solid), 95th percentile (dashed)</source>
        <translation>イベントごとのタスク所要時間: 中央値（実線）、95 パーセンタイル（破線）</translation>
    </message>
    <message>
        <source>Failure rate and attempts per task</source>
        <translation>失敗率とタスクあたりの試行回数</translation>
    </message>
    <message>
        <source>% of tasks failed</source>
        <translation>失敗したタスクの割合 (%)</translation>
    </message>
    <message>
        <source>Time spent waiting to retry</source>
        <translation>リトライまでの待機時間</translation>
    </message>
    <message>
        <source>seconds, all tasks</source>
        <translation>秒（全タスク）</translation>
    </message>
    <message>
        <source>attempts per task</source>
        <translation>タスクあたりの試行回数</translation>
    </message>
    <message>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>did not succeed</source>
        <translation>成功せず</translation>
    </message>
    <message>
        <source>failed (%)</source>
        <translation>失敗 (%)</translation>
    </message>
    <message>
        <source>retry waits</source>
        <translation>リトライ待機</translation>
    </message>
</context>
<context>
    <name>volnux::TrendsView</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Last &amp;runs:</source>
        <translation>直近の実行数(&amp;R):</translation>
    </message>
    <message>
        <source>Flaky: retried or failed in at &amp;least</source>
        <translation>不安定の基準: リトライまたは失敗の回数(&amp;L)</translation>
    </message>
    <message>
        <source>of the last &amp;n runs</source>
        <translation>/ 直近の実行数(&amp;N)</translation>
    </message>
    <message>
        <source>Runs where it was retried or failed:</source>
        <translation>リトライまたは失敗した実行:</translation>
    </message>
    <message>
        <source>Flaky tasks (activate one to see its runs):</source>
        <translation>不安定なタスク（有効にすると実行を表示）:</translation>
    </message>
    <message numerus="yes">
        <source>Reading the last %n run(s)…</source>
        <translation>
            <numerusform>直近 %n 件の実行を読み込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; showing what was read before.</source>
        <translation>キャンセルしました。それまでに読み込んだ内容を表示しています。</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>実行を読み込めません: %1</translation>
    </message>
    <message>
        <source>No finished runs of this project are recorded yet.</source>
        <translation>このプロジェクトの完了した実行はまだ記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 to %2</source>
        <translation>
            <numerusform>%n 件の実行（%1〜%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1: failed</source>
        <translation>実行 %1: 失敗</translation>
    </message>
    <message>
        <source>run %1: retried</source>
        <translation>実行 %1: リトライ</translation>
    </message>
</context>
<context>
    <name>volnux::UserGuideDialog</name>
    <message>
        <source>Volnux Studio User Guide</source>
        <translation>Volnux Studio ユーザーガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersModel</name>
    <message>
        <source>gone</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message numerus="yes">
        <source>Runs up to %n attempts at once</source>
        <translation>
            <numerusform>最大 %n 件の試行を同時に実行します</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>最後のハートビート</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>volnux::WorkersPanel</name>
    <message>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <source>The volnux-worker processes of the queue: when each last beat, and its attempts in the run on screen (running, finished, failed).</source>
        <translation>キューの volnux-worker プロセス：それぞれの最後のハートビートと、表示中の実行での試行（実行中、終了、失敗）。</translation>
    </message>
    <message>
        <source>No Redis configured. RedisExecutor events need the project&apos;s cluster.redis_url, a Redis URL in Preferences or $VOLNUX_REDIS_URL.</source>
        <translation>Redis が設定されていません。RedisExecutor のイベントには、プロジェクトの cluster.redis_url、環境設定の Redis URL、または $VOLNUX_REDIS_URL が必要です。</translation>
    </message>
    <message>
        <source>Cannot read the workers: %1</source>
        <translation>ワーカーを読み取れません: %1</translation>
    </message>
    <message>
        <source>Reading the workers of queue %1 at %2…</source>
        <translation>%2 のキュー %1 のワーカーを読み取り中…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) connected to queue %1 at %2</source>
        <translation>
            <numerusform>%2 のキュー %1 に %n 台のワーカーが接続中</numerusform>
        </translation>
    </message>
</context>
</TS>
