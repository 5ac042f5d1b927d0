<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivationsView</name>
    <message>
        <location filename="../../gui/views/activations_view.py" line="+157"/>
        <source>The pixels of the terms listed: orange excites the unit, blue inhibits it; the small numbers match the list</source>
        <translation>Die Pixel der aufgeführten Terme: Orange erregt die Einheit, Blau hemmt sie; die kleinen Zahlen entsprechen der Liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One neuron&apos;s arithmetic</source>
        <translation>Die Rechnung eines Neurons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to see this unit&apos;s arithmetic on your drawing</source>
        <translation>Klicken Sie, um die Rechnung dieser Einheit für Ihre Zeichnung zu sehen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Unit {0}&lt;/b&gt; of hidden layer 1 on your drawing</source>
        <translation>&lt;b&gt;Einheit {0}&lt;/b&gt; der verborgenen Schicht 1 für Ihre Zeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Unit {0}&lt;/b&gt; of the output layer (the score for that digit) on your drawing</source>
        <translation>&lt;b&gt;Einheit {0}&lt;/b&gt; der Ausgabeschicht (der Wert für diese Ziffer) für Ihre Zeichnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(each term is a weight × that pixel&apos;s ink; the small numbers mark its pixel on the left):</source>
        <translation>(jeder Term ist ein Gewicht × die Tinte dieses Pixels; die kleinen Zahlen markieren sein Pixel links):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Draw a digit to see the hidden layers light up</source>
        <translation>Zeichnen Sie eine Ziffer, um die verborgenen Schichten aufleuchten zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network has no hidden layer: the 784 pixels go straight to the ten outputs</source>
        <translation>Dieses Netz hat keine verborgene Schicht: Die 784 Pixel gehen direkt an die zehn Ausgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>hidden layer {0} — %n units, {1} active, strongest {2}</source>
        <translation>
            <numerusform>verborgene Schicht {0} – %n Einheit, {1} aktiv, stärkste {2}</numerusform>
            <numerusform>verborgene Schicht {0} – %n Einheiten, {1} aktiv, stärkste {2}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No hidden layer, so the output units read the pixels themselves. The answer&apos;s unit, &lt;b&gt;{0}&lt;/b&gt;:</source>
        <translation>Keine verborgene Schicht, daher lesen die Ausgabeeinheiten die Pixel selbst. Die Einheit der Antwort, &lt;b&gt;{0}&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First-layer units that pushed hardest toward &lt;b&gt;{0}&lt;/b&gt; (activation × its effect on the score for that digit):</source>
        <translation>Einheiten der ersten Schicht, die am stärksten in Richtung &lt;b&gt;{0}&lt;/b&gt; gedrückt haben (Aktivierung × ihre Wirkung auf den Wert dieser Ziffer):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unit {0}</source>
        <translation>Einheit {0}</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../../core/drawing/answer.py" line="+49"/>
        <source>{0} ({1} % sure)</source>
        <translation>{0} ({1} % sicher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sure — {0} or {1}?</source>
        <translation>unsicher – {0} oder {1}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that does not look like a digit</source>
        <translation>das sieht nicht wie eine Ziffer aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no digit found (no ink, or the picture is too small)</source>
        <translation>keine Ziffer gefunden (keine Tinte, oder das Bild ist zu klein)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} % sure</source>
        <translation>{0} % sicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer: {0}, {1} % sure</source>
        <translation>Antwort: {0}, {1} % sicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer: {0}</source>
        <translation>Antwort: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: draw a digit</source>
        <translation>Noch keine Antwort: Zeichnen Sie eine Ziffer</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../gui/drawing/answer_view.py" line="+26"/>
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No answer: {0}</source>
        <translation>Keine Antwort: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: {0}, {1}</source>
        <translation>Antwort: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../core/training/backend.py" line="+92"/>
        <source>importing TensorFlow took over {0} s</source>
        <translation>der Import von TensorFlow dauerte über {0} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not start Python to check TensorFlow ({0})</source>
        <translation>Python konnte nicht gestartet werden, um TensorFlow zu prüfen ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TensorFlow crashed on import with {0} (this CPU probably lacks AVX)</source>
        <translation>TensorFlow ist beim Import mit {0} abgestürzt (diesem Prozessor fehlt wahrscheinlich AVX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TensorFlow crashed on import with {0}</source>
        <translation>TensorFlow ist beim Import mit {0} abgestürzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TensorFlow failed to import (exit {0})</source>
        <translation>TensorFlow ließ sich nicht importieren (Exit-Code {0})</translation>
    </message>
</context>
<context>
    <name>CanvasBox</name>
    <message>
        <location filename="../../gui/drawing/canvas_box.py" line="+23"/>
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brush width (in the 280×280 drawing raster)</source>
        <translation>Pinselbreite (im Zeichenraster 280×280)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase with the pen, a finger or the left button (E); the right button always erases</source>
        <translation>Mit Stift, Finger oder linker Maustaste radieren (E); die rechte Maustaste radiert immer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc or Delete</source>
        <translation>Esc oder Entf</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../core/report/charts.py" line="+80"/>
        <source>val loss rose</source>
        <translation>Val.-Verlust stieg</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>predicted digit</source>
        <translation>vorhergesagte Ziffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true digit</source>
        <translation>wahre Ziffer</translation>
    </message>
    <message>
        <location filename="../../core/report/curve_charts.py" line="+21"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EarlyStopping (epoch {0} kept)</source>
        <translation>EarlyStopping (Epoche {0} behalten)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no epoch to draw yet: train a model or open one first</source>
        <translation>noch keine Epoche zum Zeichnen: Trainieren oder öffnen Sie zuerst ein Modell</translation>
    </message>
    <message>
        <location filename="../../core/report/insight_charts.py" line="+24"/>
        <source>Gradient norm per layer</source>
        <translation>Gradientennorm pro Schicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not measured (trained before DigitLab measured gradients)</source>
        <translation>nicht gemessen (trainiert, bevor DigitLab Gradienten gemessen hat)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>out</source>
        <translation>Ausg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>layer (input side first)</source>
        <translation>Schicht (Eingangsseite zuerst)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>darker: later epochs (1–{0})</source>
        <translation>dunkler: spätere Epochen (1–{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the last hidden layer sorts the digits</source>
        <translation>Wie die letzte verborgene Schicht die Ziffern sortiert</translation>
    </message>
</context>
<context>
    <name>CheckedField</name>
    <message>
        <location filename="../../gui/training/checked_fields.py" line="+47"/>
        <source>from {0} to {1}</source>
        <translation>von {0} bis {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0}: {1} is not allowed</source>
        <translation>{0}: {1} ist nicht zulässig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}; use a number {1}</source>
        <translation>{0}; bitte eine Zahl {1} eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} takes a number {1}, not “{2}”</source>
        <translation>{0} erwartet eine Zahl {1}, nicht „{2}“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}; kept {1}</source>
        <translation>{0}; {1} beibehalten</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../core/cli/cli.py" line="+42"/>
        <source>try a smaller network, batch size or --limit</source>
        <translation>versuchen Sie ein kleineres Netz, eine kleinere Batchgröße oder --limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>use a smaller data file</source>
        <translation>verwenden Sie eine kleinere Datendatei</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>use fewer or smaller images</source>
        <translation>verwenden Sie weniger oder kleinere Bilder</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>use fewer models or a smaller data file</source>
        <translation>verwenden Sie weniger Modelle oder eine kleinere Datendatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge fewer or smaller data set files</source>
        <translation>führen Sie weniger oder kleinere Datensatzdateien zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a smaller model file</source>
        <translation>verwenden Sie eine kleinere Modelldatei</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>note: the model outputs logits; DigitLab applies a softmax to them</source>
        <translation>Hinweis: Das Modell gibt Logits aus; DigitLab wendet Softmax darauf an</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--out must name an .html file</source>
        <translation>--out muss eine .html-Datei angeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: no MNIST found, so no confusion matrices ({0})</source>
        <translation>Warnung: kein MNIST gefunden, daher keine Konfusionsmatrizen ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give a PATH to an .npz or IDX folder, or --download</source>
        <translation>geben Sie einen PFAD zu einer .npz-Datei oder einem IDX-Ordner an, oder --download</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DigitLab: train dense networks on MNIST and predict drawn digits.</source>
        <translation>DigitLab: dichte Netze auf MNIST trainieren und gezeichnete Ziffern vorhersagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print one JSON object as the last line</source>
        <translation>ein JSON-Objekt als letzte Zeile ausgeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the teaching presets with parameter counts and training settings</source>
        <translation>die Unterrichtsvorlagen mit Parameterzahl und Trainingseinstellungen auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train a network on MNIST and save it as .keras</source>
        <translation>ein Netz auf MNIST trainieren und als .keras speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of: {0}</source>
        <translation>eine von: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layers: 256-128 (relu), or parts in their order, e.g. 256:bn:relu-128:relu:dropout=0.2:l2=0.01 (bn before the activation: Dense → BatchNorm → ReLU)</source>
        <translation>verborgene Schichten: 256-128 (relu), oder Teile in ihrer Reihenfolge, z. B. 256:bn:relu-128:relu:dropout=0.2:l2=0.01 (bn vor der Aktivierung: Dense → BatchNorm → ReLU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for layers that name none</source>
        <translation>für Schichten, die keine angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout after each layer that names none</source>
        <translation>Dropout nach jeder Schicht, die keinen angibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum (SGD)</source>
        <translation>Momentum (SGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: no split, as the course trains; the test set is then measured after each epoch</source>
        <translation>0: keine Aufteilung, wie im Kurs trainiert; der Testdatensatz wird dann nach jeder Epoche gemessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EarlyStopping patience in epochs (0: off)</source>
        <translation>Geduld von EarlyStopping in Epochen (0: aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EarlyStopping restores the best epoch&apos;s weights</source>
        <translation>EarlyStopping stellt die Gewichte der besten Epoche wieder her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReduceLROnPlateau(factor 0.5) patience in epochs (0: off)</source>
        <translation>Geduld von ReduceLROnPlateau(factor 0.5) in Epochen (0: aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the epoch with the lowest validation loss</source>
        <translation>die Epoche mit dem niedrigsten Validierungsverlust behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start from these weights (model.load_weights; same layers)</source>
        <translation>mit diesen Gewichten beginnen (model.load_weights; gleiche Schichten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also save the weights alone (model.save_weights)</source>
        <translation>auch nur die Gewichte speichern (model.save_weights)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST .npz or folder of IDX files</source>
        <translation>MNIST als .npz oder Ordner mit IDX-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train on the first N images only</source>
        <translation>nur mit den ersten N Bildern trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no progress output</source>
        <translation>keine Fortschrittsanzeige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save without optimizer state (a third of the size)</source>
        <translation>ohne Zustand des Optimierers speichern (ein Drittel der Größe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to save the model (.keras)</source>
        <translation>wo das Modell gespeichert wird (.keras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test accuracy, per-class accuracy and confusion matrix</source>
        <translation>Testgenauigkeit, Genauigkeit pro Klasse und Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>predict the digit in image files (PNG, JPEG, ...)</source>
        <translation>die Ziffer in Bilddateien vorhersagen (PNG, JPEG, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a .keras file (default: the bundled model)</source>
        <translation>eine .keras-Datei (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a self-contained HTML lab report for one or more models</source>
        <translation>einen eigenständigen HTML-Laborbericht für ein oder mehrere Modelle schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.keras files; the first two are compared side by side</source>
        <translation>.keras-Dateien; die ersten beiden werden nebeneinander verglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST .npz or IDX folder for the test-set results</source>
        <translation>MNIST als .npz oder IDX-Ordner für die Ergebnisse auf dem Testdatensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: &quot;DigitLab lab report&quot;, translated</source>
        <translation>Standard: „DigitLab lab report“, übersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the report (.html)</source>
        <translation>wohin der Bericht geschrieben wird (.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify an MNIST file and copy it into the app&apos;s data folder</source>
        <translation>eine MNIST-Datei prüfen und in den Datenordner der App kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>download through Keras (needs the internet)</source>
        <translation>über Keras herunterladen (braucht Internet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put DigitLab in the menu and on the desktop</source>
        <translation>DigitLab ins Menü und auf den Desktop legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the launchers</source>
        <translation>die Starter entfernen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a command is needed: {0}</source>
        <translation>ein Befehl fehlt: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected {0}: {1}</source>
        <translation>unerwarteter Fehler {0}: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>close other programs and try again</source>
        <translation>schließen Sie andere Programme und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory; {0}</source>
        <translation>Arbeitsspeicher voll; {0}</translation>
    </message>
    <message>
        <location filename="../../core/cli/drawings_command.py" line="+27"/>
        <source>list, add, export and merge the class&apos;s drawings</source>
        <translation>die Zeichnungen der Klasse auflisten, hinzufügen, exportieren und zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images for add; class data sets (.npz) for merge</source>
        <translation>Bilder für add; Klassendatensätze (.npz) für merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the digit the images show (add)</source>
        <translation>die Ziffer, die die Bilder zeigen (add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .npz to write (export, merge)</source>
        <translation>die zu schreibende .npz-Datei (export, merge)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>notice: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add needs image files and --label 0-9</source>
        <translation>add braucht Bilddateien und --label 0-9</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export needs --out FILE.npz</source>
        <translation>export braucht --out DATEI.npz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merge needs .npz files and --out FILE.npz</source>
        <translation>merge braucht .npz-Dateien und --out DATEI.npz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}: no digit found (no ink, or the picture is too small)</source>
        <translation>{0}: keine Ziffer gefunden (keine Tinte, oder das Bild ist zu klein)</translation>
    </message>
    <message>
        <location filename="../../core/cli/export_command.py" line="+18"/>
        <source>{0}: its settings cannot be exported: {1}</source>
        <translation>{0}: seine Einstellungen lassen sich nicht exportieren: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a run as a plain Keras notebook or script that reproduces it; several models, or &apos;assignment&apos;, make the hand-in notebook</source>
        <translation>einen Lauf als einfaches Keras-Notebook oder -Skript schreiben, das ihn nachvollzieht; mehrere Modelle oder &apos;assignment&apos; ergeben das Abgabe-Notebook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a .keras file saved by DigitLab (it holds the settings), or a preset&apos;s name; several make ONE hand-in notebook with the checkpoint&apos;s example beside them; &apos;assignment&apos; is the assignment&apos;s hand-in (checkpoint, task 1, task 2)</source>
        <translation>eine von DigitLab gespeicherte .keras-Datei (sie enthält die Einstellungen) oder der Name einer Vorlage; mehrere ergeben EIN Abgabe-Notebook mit dem Beispiel des Checkpoints daneben; &apos;assignment&apos; ist die Abgabe der Aufgabe (Checkpoint, Aufgabe 1, Aufgabe 2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write: a Jupyter notebook (.ipynb) or, for one model, a script (.py)</source>
        <translation>die zu schreibende Datei: ein Jupyter-Notebook (.ipynb) oder, für ein Modell, ein Skript (.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an MNIST .npz path relative to the program to write into MNIST_PATH (an absolute path is not written: the program finds MNIST beside itself, in Keras&apos;s cache, or downloads it)</source>
        <translation>ein MNIST-.npz-Pfad relativ zum Programm, der in MNIST_PATH geschrieben wird (ein absoluter Pfad wird nicht geschrieben: Das Programm findet MNIST neben sich, im Keras-Cache, oder lädt es herunter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train this many epochs instead</source>
        <translation>stattdessen so viele Epochen trainieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--out must name a .py or .ipynb file</source>
        <translation>--out muss eine .py- oder .ipynb-Datei angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hand-in is one notebook: --out must name an .ipynb file</source>
        <translation>die Abgabe ist ein Notebook: --out muss eine .ipynb-Datei angeben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} holds no DigitLab settings to reproduce (a model saved by DigitLab does)</source>
        <translation>{0} enthält keine DigitLab-Einstellungen zum Nachvollziehen (ein von DigitLab gespeichertes Modell schon)</translation>
    </message>
    <message>
        <location filename="../../core/cli/launchers.py" line="+93"/>
        <source>could not create {0}: {1}</source>
        <translation>{0} konnte nicht angelegt werden: {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>removing the launchers failed ({0})</source>
        <translation>Entfernen der Starter fehlgeschlagen ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creating the launchers failed ({0})</source>
        <translation>Anlegen der Starter fehlgeschlagen ({0})</translation>
    </message>
    <message>
        <location filename="../../core/cli/out_option.py" line="+16"/>
        <source>replace an existing --out file even when it is of another kind</source>
        <translation>eine vorhandene --out-Datei ersetzen, auch wenn sie von anderer Art ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}; give --force to replace it anyway</source>
        <translation>{0}; geben Sie --force an, um sie trotzdem zu ersetzen</translation>
    </message>
    <message>
        <location filename="../../core/cli/output.py" line="+22"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} (see &apos;{1} --help&apos;)</source>
        <translation>{0} (siehe &apos;{1} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/cli/train_command.py" line="+82"/>
        <source>--out must name a .keras file</source>
        <translation>--out muss eine .keras-Datei angeben</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} must name a .weights.h5 file (Keras&apos;s name for weights alone)</source>
        <translation>{0} muss eine .weights.h5-Datei angeben (der Keras-Name für reine Gewichte)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no weights file {0}</source>
        <translation>keine Gewichtsdatei {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the weights in {0} do not fit these layers: {1}</source>
        <translation>die Gewichte in {0} passen nicht zu diesen Schichten: {1}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="+46"/>
        <source>bundled: {0}</source>
        <translation>mitgeliefert: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Pick two models; both answer the drawing on the canvas at once. Runs appear here when their training ends.</source>
        <translation>Wählen Sie zwei Modelle; beide beantworten gleichzeitig die Zeichnung auf der Zeichenfläche. Trainingsläufe erscheinen hier, sobald ihr Training endet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current model ({0})</source>
        <translation>aktuelles Modell ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run: {0} ({1})</source>
        <translation>Lauf: {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file: {0}</source>
        <translation>Datei: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model answering on the right: {0}</source>
        <translation>Das Modell, das rechts antwortet: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No current model</source>
        <translation>Kein aktuelles Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot use this model: {0}</source>
        <translation>Dieses Modell ist nicht verwendbar: {0}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>no hidden layer</source>
        <translation>keine verborgene Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1} parameters</source>
        <translation>{0}, {1} Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, test accuracy {0} %</source>
        <translation>, Testgenauigkeit {0} %</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Both answer &lt;b&gt;{0}&lt;/b&gt; (A: {1}; B: {2})</source>
        <translation>Beide antworten &lt;b&gt;{0}&lt;/b&gt; (A: {1}; B: {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither sees a digit: {0}</source>
        <translation>Keines erkennt eine Ziffer: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;They disagree&lt;/b&gt;: A says {0}, B says {1}</source>
        <translation>&lt;b&gt;Sie sind uneinig&lt;/b&gt;: A sagt {0}, B sagt {1}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="+75"/>
        <source>read correctly</source>
        <translation>richtig erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>als {0} erkannt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{0} of %n true {1}s {2}. Click to see them.</source>
        <translation>
            <numerusform>{0} von %n Bild der Ziffer {1} {2}. Zum Anzeigen klicken.</numerusform>
            <numerusform>{0} von %n Bildern der Ziffer {1} {2}. Zum Anzeigen klicken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>predicted digit →</source>
        <translation>vorhergesagte Ziffer →</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← true digit</source>
        <translation>← wahre Ziffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click Evaluate to fill the confusion matrix</source>
        <translation>Klicken Sie auf „Auswerten“, um die Konfusionsmatrix zu füllen</translation>
    </message>
</context>
<context>
    <name>CurvesWidget</name>
    <message>
        <location filename="../../gui/training/curves.py" line="+59"/>
        <source>Training accuracy is the mean over each epoch&apos;s batches (with dropout on); validation is measured at the epoch&apos;s end on images the network never trains on. A growing gap and a rising validation loss are the signs of overfitting.</source>
        <translation>Die Trainingsgenauigkeit ist der Mittelwert über die Batches jeder Epoche (mit aktivem Dropout); die Validierung wird am Ende der Epoche auf Bildern gemessen, mit denen das Netz nie trainiert. Eine wachsende Lücke und ein steigender Validierungsverlust sind die Anzeichen von Überanpassung.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../gui/training/second_curve.py" line="+18"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training: the running mean over the epoch&apos;s batches so far; validation: measured at each epoch&apos;s end.
Drag to pan, wheel to zoom, double-click to show everything again.</source>
        <translation>Training: laufender Mittelwert über die bisherigen Batches der Epoche; Validierung: am Ende jeder Epoche gemessen.
Ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick zeigt wieder alles.</translation>
    </message>
    <message>
        <location filename="../../gui/training/second_curve.py" line="-1"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Epoch {0}&lt;/b&gt; — {1}. The shaded band is the gap between training and the test set, measured after each epoch (the run has no validation split, as the course&apos;s texts train).</source>
        <translation>&lt;b&gt;Epoche {0}&lt;/b&gt; — {1}. Das schattierte Band ist der Abstand zwischen Training und Testdaten, gemessen nach jeder Epoche (der Lauf hat keinen Validierungsanteil, so wie die Kurstexte trainieren).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Epoch {0}&lt;/b&gt; — {1}. The shaded band is the gap between training and validation.</source>
        <translation>&lt;b&gt;Epoche {0}&lt;/b&gt; – {1}. Das schattierte Band ist die Lücke zwischen Training und Validierung.</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="+163"/>
        <source>Learning rate reduced from {0} to {1} after epoch {2} (ReduceLROnPlateau)</source>
        <translation>Lernrate nach Epoche {2} von {0} auf {1} gesenkt (ReduceLROnPlateau)</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <location filename="../../gui/dialogs/dataset_dialog.py" line="+25"/>
        <source>Where is MNIST?</source>
        <translation>Wo ist MNIST?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Training needs the MNIST digits. DigitLab works offline and looked in:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;Ways to get it (the first two work offline):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Open MNIST file…&lt;/b&gt;: Keras&apos;s &lt;code&gt;mnist.npz&lt;/code&gt;, or one of the four IDX files (&lt;code&gt;train-images-idx3-ubyte&lt;/code&gt;, …, raw or &lt;code&gt;.gz&lt;/code&gt;). It is verified and copied into DigitLab&apos;s data folder; your file is not changed.&lt;/li&gt;&lt;li&gt;An instructor can set the environment variable &lt;code&gt;{1}&lt;/code&gt; to a shared copy for the whole lab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Download&lt;/b&gt; fetches it through Keras (about 11 MB; only when online).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Zum Training werden die MNIST-Ziffern benötigt. DigitLab arbeitet offline und hat hier gesucht:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;So kommen Sie an die Daten (die ersten beiden Wege ohne Internet):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MNIST-Datei öffnen…&lt;/b&gt;: die Keras-Datei &lt;code&gt;mnist.npz&lt;/code&gt; oder eine der vier IDX-Dateien (&lt;code&gt;train-images-idx3-ubyte&lt;/code&gt;, …, unkomprimiert oder &lt;code&gt;.gz&lt;/code&gt;). Sie wird geprüft und in den Datenordner von DigitLab kopiert; Ihre Datei bleibt unverändert.&lt;/li&gt;&lt;li&gt;Eine Lehrkraft kann die Umgebungsvariable &lt;code&gt;{1}&lt;/code&gt; für den ganzen Computerraum auf eine gemeinsame Kopie setzen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Herunterladen&lt;/b&gt; lädt sie über Keras (etwa 11 MB; nur mit Internetverbindung).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open MNIST file…</source>
        <translation>MNIST-Datei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open MNIST (mnist.npz or an IDX file)</source>
        <translation>MNIST öffnen (mnist.npz oder eine IDX-Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST ({0});;All files ({1})</source>
        <translation>MNIST ({0});;Alle Dateien ({1})</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../core/data/datasets.py" line="+91"/>
        <source> in {0}</source>
        <translation> in {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing {0}{1} (expected keys {2})</source>
        <translation>fehlende Schlüssel: {0}{1} (erwartet: {2})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>x_{0}/y_{0}{1} must be numeric images and integer labels, not {2}/{3}</source>
        <translation>x_{0}/y_{0}{1} müssen numerische Bilder und ganzzahlige Labels sein, nicht {2}/{3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>x_{0}{1} must hold 28x28 images, not shape {2}</source>
        <translation>x_{0}{1} muss Bilder von 28x28 enthalten, nicht der Form {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y_{0}{1} must hold one label per image ({2} images, labels of shape {3})</source>
        <translation>y_{0}{1} muss ein Label pro Bild enthalten ({2} Bilder, Labels der Form {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_{0}{1} holds no images</source>
        <translation>x_{0}{1} enthält keine Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y_{0}{1} has labels outside 0-9 (from {2} to {3})</source>
        <translation>y_{0}{1} hat Labels außerhalb von 0-9 (von {2} bis {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_{0}{1} contains NaN or infinite values</source>
        <translation>x_{0}{1} enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>x_{0}{1} has pixel values outside 0-255</source>
        <translation>x_{0}{1} hat Pixelwerte außerhalb von 0-255</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dataset file</source>
        <translation>Datensatzdatei</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} lacks MNIST&apos;s arrays {1} (found: {2})</source>
        <translation>{0} fehlen die MNIST-Arrays {1} (gefunden: {2})</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>MNIST could not be downloaded: {0}. Without internet, copy mnist.npz from a connected machine and import it</source>
        <translation>MNIST konnte nicht heruntergeladen werden: {0}. Ohne Internet mnist.npz von einem Rechner mit Internet kopieren und importieren</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>{0} is not a readable .npz file ({1})</source>
        <translation>{0} ist keine lesbare .npz-Datei ({1})</translation>
    </message>
    <message>
        <location filename="../../core/data/npz_arrays.py" line="+40"/>
        <source>{0} holds pickled Python objects, which DigitLab never loads; save plain arrays with numpy.savez</source>
        <translation>{0} enthält mit pickle gespeicherte Python-Objekte, die DigitLab nie lädt; speichern Sie einfache Arrays mit numpy.savez</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} would unpack to {1} MB ({2}: {3} MB); at most {4} MB are read</source>
        <translation>{0} würde entpackt {1} MB groß ({2}: {3} MB); gelesen werden höchstens {4} MB</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} lists {1} members ({2} bytes of zip directory); an MNIST file has a few; refused</source>
        <translation>{0} nennt {1} Einträge ({2} Byte Zip-Verzeichnis); eine MNIST-Datei hat wenige; abgelehnt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>integer labels</source>
        <translation>ganzzahlige Labels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} holds values of type {2}; it must hold {3}</source>
        <translation>{0}: {1} enthält Werte vom Typ {2}; es muss {3} enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one label per image</source>
        <translation>ein Label pro Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>28x28 images</source>
        <translation>28x28-Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} claims shape {2}; it must hold {3}</source>
        <translation>{0}: {1} gibt die Form {2} an; es muss {3} enthalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} claims shape {2}, {3} images; at most {4} per array are read</source>
        <translation>{0}: {1} gibt die Form {2} an, {3} Bilder; gelesen werden höchstens {4} pro Array</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} claims shape {2} ({3} bytes) but holds {4} bytes</source>
        <translation>{0}: {1} gibt die Form {2} an ({3} Byte), enthält aber {4} Byte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1} is a .npy file of version {2}, which MNIST&apos;s arrays never need</source>
        <translation>{0}: {1} ist eine .npy-Datei der Version {2}, die MNISTs Arrays nie brauchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1} is not a readable .npy array ({2})</source>
        <translation>{0}: {1} ist kein lesbares .npy-Array ({2})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: x_{1} claims {2} images but y_{1} {3} labels; it must hold one label per image</source>
        <translation>{0}: x_{1} gibt {2} Bilder an, y_{1} aber {3} Labels; es muss ein Label pro Bild enthalten</translation>
    </message>
    <message>
        <location filename="../../core/data/datasets.py" line="+14"/>
        <source>{0} is a single .npy array, not MNIST&apos;s four arrays ({1})</source>
        <translation>{0} ist ein einzelnes .npy-Array, nicht die vier Arrays von MNIST ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is gzip-compressed; give the .npz itself, or the folder holding the four IDX .gz files</source>
        <translation>{0} ist gzip-komprimiert; geben Sie die .npz-Datei selbst an oder den Ordner mit den vier IDX-.gz-Dateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not an .npz file (MNIST comes as mnist.npz or four IDX files)</source>
        <translation>{0} ist keine .npz-Datei (MNIST gibt es als mnist.npz oder als vier IDX-Dateien)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} ends in .gz but is not gzip data</source>
        <translation>{0} endet auf .gz, enthält aber keine gzip-Daten</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>{0} is a damaged gzip or IDX file ({1})</source>
        <translation>{0} ist eine beschädigte gzip- oder IDX-Datei ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is not an IDX file of unsigned bytes (bad magic number {1})</source>
        <translation>{0} ist keine IDX-Datei aus vorzeichenlosen Bytes (falsche magische Zahl {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is truncated inside its header</source>
        <translation>{0} ist innerhalb des Headers abgeschnitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} says it holds {1} items of shape {2} ({3} bytes); MNIST holds at most {4} items of 28x28</source>
        <translation>{0} gibt an, {1} Elemente der Form {2} zu enthalten ({3} Bytes); MNIST hat höchstens {4} Elemente von 28x28</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{0} says it holds {1} items ({2} bytes) but has more than {3} bytes of data</source>
        <translation>{0} gibt an, {1} Elemente ({2} Bytes) zu enthalten, hat aber mehr als {3} Bytes an Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} says it holds {1} items ({2} bytes) but has {3} bytes of data</source>
        <translation>{0} gibt an, {1} Elemente ({2} Bytes) zu enthalten, hat aber nur {3} Bytes an Daten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} does not hold the four MNIST IDX files ({1}, optionally .gz)</source>
        <translation>{0} enthält nicht die vier MNIST-IDX-Dateien ({1}, wahlweise als .gz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} says it holds {1} images of shape {2} but {3} labels of shape {4}; it must hold one label per image</source>
        <translation>{0} gibt {1} Bilder der Form {2} an, aber {3} Labels der Form {4}; es muss ein Label pro Bild enthalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} is a single .npy array; MNIST needs an .npz with {1} or the four IDX files</source>
        <translation>{0} ist ein einzelnes .npy-Array; MNIST braucht eine .npz-Datei mit {1} oder die vier IDX-Dateien</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} does not exist</source>
        <translation>{0} existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MNIST not found; looked in {0}. Fix: pass --data PATH (an .npz or a folder of IDX files), set {1}, import a file with &apos;import-data PATH&apos;, or download it with &apos;import-data --download&apos;</source>
        <translation>MNIST nicht gefunden; gesucht in {0}. Abhilfe: Geben Sie --data PATH an (eine .npz-Datei oder einen Ordner mit IDX-Dateien), setzen Sie {1}, importieren Sie eine Datei mit &apos;import-data PATH&apos; oder laden Sie MNIST mit &apos;import-data --download&apos; herunter</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>could not write {0} ({1})</source>
        <translation>{0} konnte nicht geschrieben werden ({1})</translation>
    </message>
    <message>
        <location filename="../../core/data/download_reason.py" line="+18"/>
        <source>the file arrived damaged</source>
        <translation>die Datei kam beschädigt an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection to the download server</source>
        <translation>keine Verbindung zum Download-Server</translation>
    </message>
</context>
<context>
    <name>DigitLab</name>
    <message>
        <location filename="../../gui/app.py" line="+47"/>
        <source>Something went wrong: {0}

Your work is kept. Details are in {1}</source>
        <translation>Etwas ist schiefgelaufen: {0}

Ihre Arbeit bleibt erhalten. Details stehen in {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lab file not used: {0}</source>
        <translation>Übungsdatei nicht verwendet: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (moved to {0})</source>
        <translation> (verschoben nach {0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DigitLab could not start: {0}. Details are in {1}</source>
        <translation>DigitLab konnte nicht starten: {0}. Details stehen in {1}</translation>
    </message>
</context>
<context>
    <name>DigitMapView</name>
    <message>
        <location filename="../../gui/views/digit_map_view.py" line="+24"/>
        <source>Each dot is a test image, placed by what the last hidden layer makes of it (its activations squeezed to two numbers by PCA) and coloured by its true digit. As the network learns, the digits gather into clusters. The ★ is your drawing; hover a dot to see its image.</source>
        <translation>Jeder Punkt ist ein Testbild, platziert danach, was die letzte verborgene Schicht daraus macht (ihre Aktivierungen, per PCA auf zwei Zahlen verdichtet), und gefärbt nach seiner wahren Ziffer. Während das Netz lernt, sammeln sich die Ziffern zu Gruppen (Clustern). Der ★ ist Ihre Zeichnung; fahren Sie mit der Maus über einen Punkt, um sein Bild zu sehen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Across: {0} % of how the images differ in that layer; up: {1} %.</source>
        <translation>Waagerecht: {0} % der Unterschiede zwischen den Bildern in dieser Schicht; senkrecht: {1} %.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a {0}</source>
        <translation>eine {0}</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../gui/drawing/canvas.py" line="+61"/>
        <source>Draw a digit: left button draws, right button erases.
Ctrl+Z undo, Ctrl+Shift+Z redo, Esc or Delete clears.</source>
        <translation>Ziffer zeichnen: Die linke Maustaste zeichnet, die rechte radiert.
Strg+Z rückgängig, Strg+Umschalt+Z wiederholen, Esc oder Entf leert.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>Draw a digit here</source>
        <translation>Hier eine Ziffer zeichnen</translation>
    </message>
</context>
<context>
    <name>Epochs</name>
    <message numerus="yes">
        <location filename="../../core/training/history.py" line="+142"/>
        <source>%n epochs</source>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message>
        <location filename="../../gui/views/evaluate_view.py" line="+44"/>
        <source>MNIST test set</source>
        <translation>MNIST-Testdatensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My drawings</source>
        <translation>Meine Zeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data set file…</source>
        <translation>Eine Datensatzdatei…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there are no saved drawings yet: draw, then click the right digit under the bars</source>
        <translation>es gibt noch keine gespeicherten Zeichnungen: Zeichnen Sie und klicken Sie dann unter den Balken auf die richtige Ziffer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Which labelled images to score the current model (the one answering your drawings) on</source>
        <translation>Mit welchen gelabelten Bildern das aktuelle Modell (das Ihre Zeichnungen beantwortet) bewertet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after each epoch</source>
        <translation>nach jeder Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While training, evaluate again whenever an epoch ends</source>
        <translation>Während des Trainings nach jeder Epoche erneut auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score on</source>
        <translation>Testen mit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click Evaluate: accuracy, loss and the confusion matrix of the model that is answering your drawings.</source>
        <translation>Klicken Sie auf „Auswerten“: Genauigkeit, Verlust und Konfusionsmatrix des Modells, das Ihre Zeichnungen beantwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows: the true digit; columns: the network&apos;s answer. Click a cell to see those images.</source>
        <translation>Zeilen: die wahre Ziffer; Spalten: die Antwort des Netzes. Klicken Sie auf eine Zelle, um diese Bilder zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy per digit</source>
        <translation>Genauigkeit pro Ziffer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>Click a cell of the matrix to see its images here.</source>
        <translation>Klicken Sie auf eine Zelle der Matrix, um ihre Bilder hier zu sehen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Evaluate on a data set file</source>
        <translation>Mit einer Datensatzdatei auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST-layout data ({0})</source>
        <translation>Daten im MNIST-Format ({0})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no model yet: train one or open a .keras file</source>
        <translation>es gibt noch kein Modell: Trainieren Sie eines oder öffnen Sie eine .keras-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose a data set file first</source>
        <translation>wählen Sie zuerst eine Datensatzdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluating {0} on {1}…</source>
        <translation>{0} wird ausgewertet ({1})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MNIST test set</source>
        <translation>MNIST-Testdatensatz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; on {1}: accuracy &lt;b&gt;{2} %&lt;/b&gt;, loss {3} — {4} of {5} wrong.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, {1}: Genauigkeit &lt;b&gt;{2} %&lt;/b&gt;, Verlust {3} – {4} von {5} falsch.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot evaluate: {0}</source>
        <translation>Auswertung nicht möglich: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read correctly</source>
        <translation>richtig erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>als {0} erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the {0} surest shown)</source>
        <translation> (die {0} sichersten angezeigt)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>True {0}, {1}: %n images{2}. Click one to see it large.</source>
        <translation>
            <numerusform>Wahre Ziffer {0}, {1}: %n Bild{2}. Klicken Sie darauf, um es groß zu sehen.</numerusform>
            <numerusform>Wahre Ziffer {0}, {1}: %n Bilder{2}. Klicken Sie auf eines, um es groß zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image #{0} — {1}</source>
        <translation>Bild Nr. {0} – {1}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/file_actions.py" line="+69"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose MNIST…</source>
        <translation>MNIST wählen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Stop training before opening another model</source>
        <translation>Beenden Sie das Training, bevor Sie ein anderes Modell öffnen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0});;All files ({1})</source>
        <translation>Keras-Modelle ({0});;Alle Dateien ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop training before saving the model</source>
        <translation>Beenden Sie das Training, bevor Sie das Modell speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run kept no model to save (it ended in NaN or could not be written)</source>
        <translation>Dieser Lauf hat kein Modell zum Speichern behalten (er endete mit NaN oder konnte nicht geschrieben werden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+168"/>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0})</source>
        <translation>Keras-Modelle ({0})</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no epoch to export yet: train a model or open one first</source>
        <translation>noch keine Epoche zum Exportieren: Trainieren oder öffnen Sie zuerst ein Modell</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export my drawings</source>
        <translation>Meine Zeichnungen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>MNIST-layout data ({0})</source>
        <translation>Daten im MNIST-Format ({0})</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Export the assignment&apos;s hand-in notebook</source>
        <translation>Abgabe-Notebook der Aufgabe exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jupyter notebook ({0})</source>
        <translation>Jupyter-Notebook ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as notebook or script</source>
        <translation>Als Notebook oder Skript exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jupyter notebook ({0});;Python script ({1})</source>
        <translation>Jupyter-Notebook ({0});;Python-Skript ({1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot fine-tune on {0}: {1}</source>
        <translation>Feinabstimmung mit {0} nicht möglich: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train a model (or open one) first, then fine-tune it</source>
        <translation>Trainieren (oder öffnen) Sie zuerst ein Modell und stimmen Sie es dann fein ab</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fine-tuning on {0} for %n epochs</source>
        <translation>
            <numerusform>Feinabstimmung mit {0} für %n Epoche</numerusform>
            <numerusform>Feinabstimmung mit {0} für %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Fine-tune on a data set file</source>
        <translation>Feinabstimmung mit einer Datensatzdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs to train on MNIST plus {0}:</source>
        <translation>Epochen Training mit MNIST und {0}:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace a file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. Replace it?</source>
        <translation>{0}. Ersetzen?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export curves</source>
        <translation>Kurven exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image ({0});;SVG drawing ({1})</source>
        <translation>PNG-Bild ({0});;SVG-Grafik ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export history</source>
        <translation>Trainingsverlauf exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save lab report</source>
        <translation>Laborbericht speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Train a model (or open one) first: the report needs at least one</source>
        <translation>Trainieren (oder öffnen) Sie zuerst ein Modell: Der Bericht braucht mindestens eines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the lab report ({0})…</source>
        <translation>Laborbericht wird geschrieben ({0})…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No report: {0}</source>
        <translation>Kein Bericht: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the lab report: {0}</source>
        <translation>Laborbericht gespeichert: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MNIST not found — training needs it</source>
        <translation>MNIST nicht gefunden – wird zum Training benötigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MNIST: {0}</source>
        <translation>MNIST: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST is read from {0}</source>
        <translation>MNIST wird aus {0} gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading MNIST…</source>
        <translation>MNIST wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MNIST verified and copied to {0}</source>
        <translation>MNIST geprüft und nach {0} kopiert</translation>
    </message>
</context>
<context>
    <name>GradientsView</name>
    <message>
        <location filename="../../gui/views/gradients_view.py" line="+26"/>
        <source>One ridge per layer, input side on top. &lt;b&gt;Left:&lt;/b&gt; its weights. &lt;b&gt;Right:&lt;/b&gt; how strongly the loss pulls on them now (the gradient, on a log scale, measured on the same 512 training images after each epoch). A ridge far to the left barely learns: that is the &lt;i&gt;vanishing gradient&lt;/i&gt; (compare the sigmoid-deep preset with assignment 2).</source>
        <translation>Eine Kurve pro Schicht, die Eingangsseite oben. &lt;b&gt;Links:&lt;/b&gt; ihre Gewichte. &lt;b&gt;Rechts:&lt;/b&gt; wie stark der Verlust gerade an ihnen zieht (der Gradient, logarithmisch, nach jeder Epoche an denselben 512 Trainingsbildern gemessen). Liegt eine Kurve weit links, lernt diese Schicht kaum: Das ist der &lt;i&gt;verschwindende Gradient&lt;/i&gt; (vergleichen Sie die tiefe Sigmoid-Vorlage mit Aufgabe 2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Epoch:</source>
        <translation>Epoche:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go back to any epoch of this training</source>
        <translation>Zu jeder Epoche dieses Trainings zurückgehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log10 |gradient|</source>
        <translation>log10 |Gradient|</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No model yet: train one or open a .keras file.</source>
        <translation>Noch kein Modell: Trainieren Sie eines oder öffnen Sie eine .keras-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured after {0}: the epoch whose weights the model kept.</source>
        <translation>Gemessen nach {0}: die Epoche, deren Gewichte das Modell behalten hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured after {0}.</source>
        <translation>Gemessen nach {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured after the last epoch.</source>
        <translation>Gemessen nach der letzten Epoche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradients are measured while training: Train (or Train more) to see them. The weights are this model&apos;s.</source>
        <translation>Gradienten werden während des Trainings gemessen: Klicken Sie auf „Trainieren“ (oder „Weitertrainieren“), um sie zu sehen. Die Gewichte sind die dieses Modells.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>output ({0})</source>
        <translation>Ausgabe ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer {0} ({1})</source>
        <translation>Schicht {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, {0} % zero</source>
        <translation>, {0} % null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>norm {0}</source>
        <translation>Norm {0}</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../core/drawing/images.py" line="+32"/>
        <source>{0} does not exist</source>
        <translation>{0} existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a file</source>
        <translation>{0} ist keine Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is {1}x{2} pixels; the limit is {3} megapixels</source>
        <translation>{0} hat {1}x{2} Pixel; die Grenze liegt bei {3} Megapixeln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not an image DigitLab can read ({1})</source>
        <translation>{0} ist kein Bild, das DigitLab lesen kann ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be decoded ({1})</source>
        <translation>{0} konnte nicht dekodiert werden ({1})</translation>
    </message>
</context>
<context>
    <name>LabFile</name>
    <message>
        <location filename="../../core/training/lab.py" line="+99"/>
        <source>lab file {0} does not exist</source>
        <translation>die Übungsdatei {0} existiert nicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: {1} must be text</source>
        <translation>{0}: {1} muss Text sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} is not valid TOML ({1})</source>
        <translation>{0} ist kein gültiges TOML ({1})</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{0} is not UTF-8 text</source>
        <translation>{0} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} is nested too deeply to be a lab file</source>
        <translation>{0} ist zu tief verschachtelt für eine Übungsdatei</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{0} cannot be read ({1})</source>
        <translation>{0} kann nicht gelesen werden ({1})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown key {0} ignored</source>
        <translation>unbekannter Schlüssel {0} ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: presets must be a list of preset names</source>
        <translation>{0}: presets muss eine Liste von Vorlagennamen sein</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>unknown presets ignored: {0}</source>
        <translation>unbekannte Vorlagen ignoriert: {0}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>{0} is a folder, not a lab file</source>
        <translation>{0} ist ein Ordner, keine Übungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>{0} is not a regular file, so not a lab file</source>
        <translation>{0} ist keine normale Datei, also keine Übungsdatei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is too large to be a lab file</source>
        <translation>{0} ist zu groß für eine Übungsdatei</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>none of its presets exists ({0}), so only {1} is offered</source>
        <translation>keine ihrer Vorlagen existiert ({0}), daher wird nur {1} angeboten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allow_custom = false without presets: every preset is offered, its layers locked</source>
        <translation>allow_custom = false ohne presets: alle Vorlagen werden angeboten, ihre Schichten gesperrt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0}: allow_custom must be true or false</source>
        <translation>{0}: allow_custom muss true oder false sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: seed must be a whole number from 0 to {1}</source>
        <translation>{0}: seed muss eine ganze Zahl von 0 bis {1} sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: max_epochs must be a whole number from 1 to {1}</source>
        <translation>{0}: max_epochs muss eine ganze Zahl von 1 bis {1} sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: mnist must be a path</source>
        <translation>{0}: mnist muss ein Pfad sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mnist path {0} does not exist, so the usual places are searched</source>
        <translation>der mnist-Pfad {0} existiert nicht, daher wird an den üblichen Orten gesucht</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <location filename="../../core/report/report.py" line="+42"/>
        <source>Is there any difference? If so, why?</source>
        <translation>Gibt es einen Unterschied? Wenn ja, warum?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/report/report_settings.py" line="+18"/>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>restore best weights</source>
        <translation>beste Gewichte wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>keep best epoch</source>
        <translation>beste Epoche behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>batch norm</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout {0}</source>
        <translation>Dropout {0}</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="+1"/>
        <location line="+229"/>
        <location filename="../../core/report/report_settings.py" line="-44"/>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>validation split</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-225"/>
        <location line="+105"/>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>EarlyStopping patience</source>
        <translation>Geduld (EarlyStopping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReduceLROnPlateau patience</source>
        <translation>Geduld (ReduceLROnPlateau)</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-187"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params</source>
        <translation>Param.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr</source>
        <translation>LR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train acc</source>
        <translation>Gen. Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val acc</source>
        <translation>Gen. Val.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test acc</source>
        <translation>Gen. Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>stopped</source>
        <translation>Trainingsende</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} logical cores)</source>
        <translation>{0} ({1} logische Kerne)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown CPU</source>
        <translation>unbekannte CPU</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+24"/>
        <source>layers in detail</source>
        <translation>Schichten im Detail</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-114"/>
        <location line="+128"/>
        <source>training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validation split, as the course&apos;s texts train: the dashed curve is the test set, measured after each epoch.</source>
        <translation>Kein Validierungsanteil, so wie die Kurstexte trainieren: Die gestrichelte Kurve sind die Testdaten, gemessen nach jeder Epoche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file has no training history.</source>
        <translation>Diese Datei enthält keinen Trainingsverlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First-layer weights</source>
        <translation>Gewichte der ersten Schicht</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n units of the first hidden layer as 28×28 images (red: ink there excites the unit, blue: ink there inhibits it; each tile scaled to its own range).</source>
        <translation>
            <numerusform>%n Einheit der ersten verborgenen Schicht als 28×28-Bild (rot: Tinte dort erregt die Einheit, blau: Tinte dort hemmt sie; jede Kachel auf ihren eigenen Wertebereich skaliert).</numerusform>
            <numerusform>Die ersten %n Einheiten der ersten verborgenen Schicht als 28×28-Bilder (rot: Tinte dort erregt die Einheit, blau: Tinte dort hemmt sie; jede Kachel auf ihren eigenen Wertebereich skaliert).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(The map needs test images and a hidden layer.)</source>
        <translation>(Die Karte braucht Testbilder und eine verborgene Schicht.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left: the size of each layer&apos;s gradient after each epoch, on the same 512 training images (a layer far below the others learns slowly: vanishing gradients). Right: the last hidden layer&apos;s activations on {0} test images, squeezed to two numbers by PCA and coloured by digit; clear clusters mean the layer separates the digits.</source>
        <translation>Links: die Größe des Gradienten jeder Schicht nach jeder Epoche, gemessen an denselben 512 Trainingsbildern (eine Schicht weit unter den anderen lernt langsam: verschwindende Gradienten). Rechts: die Aktivierungen der letzten verborgenen Schicht für {0} Testbilder, per PCA auf zwei Zahlen verdichtet und nach Ziffer gefärbt; deutliche Cluster bedeuten, dass die Schicht die Ziffern trennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inside the network</source>
        <translation>Blick ins Netz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded test accuracy: {0}.</source>
        <translation>Gespeicherte Testgenauigkeit: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Test set</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No test data was given, so there is no confusion matrix.</source>
        <translation>Es wurden keine Testdaten angegeben, daher gibt es keine Konfusionsmatrix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy &lt;b&gt;{0}&lt;/b&gt;, loss {1}: {2} of {3} test images wrong.</source>
        <translation>Genauigkeit &lt;b&gt;{0}&lt;/b&gt;, Verlust {1}: {2} von {3} Testbildern falsch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training set (final weights)</source>
        <translation>Trainingsdaten (endgültige Gewichte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test set</source>
        <translation>Testdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy per digit</source>
        <translation>Genauigkeit pro Ziffer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mistakes it was surest of (true → predicted, probability):</source>
        <translation>Die Fehler, bei denen sich das Modell am sichersten war (wahr → vorhergesagt, Wahrscheinlichkeit):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} points</source>
        <translation>{0} Prozentpunkte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>final training accuracy</source>
        <translation>Trainingsgenauigkeit am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training set accuracy (final weights)</source>
        <translation>Genauigkeit auf den Trainingsdaten (endgültige Gewichte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final validation accuracy</source>
        <translation>Validierungsgenauigkeit am Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train − test accuracy gap</source>
        <translation>Genauigkeitslücke Training − Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train − val accuracy gap</source>
        <translation>Genauigkeitslücke Training − Val.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignment: the two networks side by side</source>
        <translation>Aufgabe: die beiden Netze im Vergleich</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a report needs at least one model</source>
        <translation>ein Bericht braucht mindestens ein Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigitLab lab report</source>
        <translation>DigitLab-Laborbericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} training and {2} test images (fingerprint {3})</source>
        <translation>{0}: {1} Trainings- und {2} Testbilder (Fingerabdruck {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no test data given (confusion matrices left out)</source>
        <translation>keine Testdaten angegeben (Konfusionsmatrizen ausgelassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by DigitLab {0} on {1}. Test data: {2}.</source>
        <translation>Erstellt mit DigitLab {0} am {1}. Testdaten: {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: {0} &amp;nbsp; Group: {1}</source>
        <translation>Name: {0} &amp;nbsp; Gruppe: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../core/report/report_model.py" line="+90"/>
        <source>(no hidden layer)</source>
        <translation>(keine verborgene Schicht)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../gui/translation.py" line="+73"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language changes when DigitLab starts again</source>
        <translation>Die Sprache wechselt beim nächsten Start von DigitLab</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <location filename="../../gui/training/layer_table.py" line="+26"/>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>act.</source>
        <translation>Akt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before</source>
        <translation>davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurons in the layer</source>
        <translation>Einheiten (Neuronen) in der Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation function</source>
        <translation>Aktivierungsfunktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout after the layer</source>
        <translation>Dropout nach der Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch normalisation: after the activation (Dense → act. → BN) or before it (Dense → BN → act., as the lesson&apos;s Dense → BatchNormalization → ReLU)</source>
        <translation>Batch-Normalisierung: nach der Aktivierung (Dense → Akt. → BN) oder davor (Dense → BN → Akt., wie Dense → BatchNormalization → ReLU in der Lektion)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L2 weight penalty</source>
        <translation>L2-Strafterm für die Gewichte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input 784 pixels → these layers → softmax over the 10 digits</source>
        <translation>Eingabe 784 Pixel → diese Schichten → softmax über die 10 Ziffern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a layer below the selected one</source>
        <translation>Eine Schicht unter der ausgewählten einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected layer</source>
        <translation>Die ausgewählte Schicht entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected layer up</source>
        <translation>Die ausgewählte Schicht nach oben verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected layer down</source>
        <translation>Die ausgewählte Schicht nach unten verschieben</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
</context>
<context>
    <name>LearningView</name>
    <message>
        <location filename="../../gui/views/learning_view.py" line="+43"/>
        <source>Weights and gradients, layer by layer</source>
        <translation>Gewichte und Gradienten, Schicht für Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the last hidden layer sorts the digits</source>
        <translation>Wie die letzte verborgene Schicht die Ziffern sortiert</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Computing the map…</source>
        <translation>Karte wird berechnet…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No map: {0}</source>
        <translation>Keine Karte: {0}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>After {0}.</source>
        <translation>Nach {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>No map: the network has no hidden layer.</source>
        <translation>Keine Karte: Das Netz hat keine verborgene Schicht.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+74"/>
        <source>DigitLab — how dense networks learn</source>
        <translation>DigitLab – wie dichte neuronale Netze lernen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train, watch the curves, compare runs</source>
        <translation>Trainieren, Kurven beobachten, Läufe vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy, confusion matrix, mistakes</source>
        <translation>Testgenauigkeit, Konfusionsmatrix, Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the network</source>
        <translation>Im Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-layer weights and what your drawing does to the hidden layers</source>
        <translation>Gewichte der ersten Schicht und was Ihre Zeichnung in den verborgenen Schichten bewirkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it learns</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights and gradients layer by layer; how the hidden layer sorts the digits</source>
        <translation>Gewichte und Gradienten Schicht für Schicht; wie die verborgene Schicht die Ziffern sortiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two models answering the same drawing</source>
        <translation>Zwei Modelle beantworten dieselbe Zeichnung</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Training unavailable: {0}</source>
        <translation>Training nicht verfügbar: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MNIST not found: choose the MNIST file first</source>
        <translation>MNIST nicht gefunden: Wählen Sie zuerst die MNIST-Datei</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>DigitLab — {0}</source>
        <translation>DigitLab – {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lab file {0}: {1}</source>
        <translation>Übungsdatei {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../core/model/model_files.py" line="+57"/>
        <source>model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is a damaged or truncated .keras archive</source>
        <translation>{0} ist ein beschädigtes oder abgeschnittenes .keras-Archiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is not a Keras model (.keras or .h5)</source>
        <translation>{0} ist kein Keras-Modell (.keras oder .h5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is a damaged .keras archive ({1})</source>
        <translation>{0} ist ein beschädigtes .keras-Archiv ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} would unpack to {2} MB (at most {3} MB for a dense MNIST model); refused</source>
        <translation>{0}: {1} wäre entpackt {2} MB groß (höchstens {3} MB für ein dichtes MNIST-Modell); abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} would unpack to {1} MB; refused</source>
        <translation>{0} wäre entpackt {1} MB groß; abgelehnt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the model has no single input and output</source>
        <translation>{0}: das Modell hat nicht genau einen Eingang und einen Ausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the model takes input of shape {1}, but MNIST digits are 784 values (28x28)</source>
        <translation>{0}: das Modell erwartet Eingaben der Form {1}, MNIST-Ziffern sind aber 784 Werte (28x28)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+166"/>
        <source>{0}: the model gives {1} outputs, but digits have 10 classes</source>
        <translation>{0}: das Modell liefert {1} Ausgaben, Ziffern haben aber 10 Klassen</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>{0} contains code (a Lambda layer); DigitLab refuses to run code from model files</source>
        <translation>{0} enthält Code (eine Lambda-Schicht); DigitLab führt keinen Code aus Modelldateien aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be loaded as a Keras model: {1}</source>
        <translation>{0} konnte nicht als Keras-Modell geladen werden: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}: model files end in .keras</source>
        <translation>{0}: Modelldateien enden auf .keras</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>{0} has weights that are not numbers (NaN or infinity): its training diverged</source>
        <translation>{0} hat Gewichte, die keine Zahlen sind (NaN oder unendlich): Sein Training ist divergiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the model takes {1} inputs, but MNIST digits are 784 values (28x28)</source>
        <translation>{0}: das Modell erwartet {1} Eingaben, MNIST-Ziffern sind aber 784 Werte (28x28)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: its layers do not fit together ({1})</source>
        <translation>{0}: seine Schichten passen nicht zusammen ({1})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ModelLabel</name>
    <message>
        <location filename="../../gui/drawing/model_label.py" line="+25"/>
        <source> &lt;i&gt;(it outputs logits: DigitLab applies a softmax)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(es gibt Logits aus: DigitLab wendet softmax an)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicting with: &lt;b&gt;{0}&lt;/b&gt;{1}</source>
        <translation>Vorhersage mit: &lt;b&gt;{0}&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: train one or open a .keras file</source>
        <translation>Kein Modell: Trainieren Sie eines oder öffnen Sie eine .keras-Datei</translation>
    </message>
</context>
<context>
    <name>ModelLayers</name>
    <message>
        <location filename="../../core/model/classifier.py" line="+82"/>
        <source>a classifier needs at least one layer</source>
        <translation>ein Klassifikator braucht mindestens eine Schicht</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the model outputs {0} values, not 10 classes</source>
        <translation>das Modell gibt {0} Werte aus, nicht 10 Klassen</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_map.py" line="+55"/>
        <source>activation {0} is not supported (use relu, sigmoid, tanh or softmax)</source>
        <translation>die Aktivierung {0} wird nicht unterstützt (verwenden Sie relu, sigmoid, tanh oder softmax)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the model has no layers DigitLab can run</source>
        <translation>das Modell hat keine Schichten, die DigitLab ausführen kann</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reshape layers other than to 784 are not supported</source>
        <translation>Reshape-Schichten werden nur mit der Zielform 784 unterstützt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a Dense layer&apos;s weights are missing</source>
        <translation>die Gewichte einer Dense-Schicht fehlen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>layer type {0} is not supported by the dense-network classifier</source>
        <translation>der Schichttyp {0} wird vom Klassifikator für dichte Netze nicht unterstützt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a BatchNormalization layer&apos;s weights are missing</source>
        <translation>die Gewichte einer BatchNormalization-Schicht fehlen</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../gui/training/model_panel.py" line="+79"/>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom network</source>
        <translation>Eigenes Netz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate: step size of updates</source>
        <translation>Lernrate: Schrittweite der Aktualisierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum (SGD only)</source>
        <translation>Momentum (nur SGD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per weight update</source>
        <translation>Beispiele pro Gewichtsaktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set</source>
        <translation>Durchläufe durch die Trainingsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation split</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of training data held out</source>
        <translation>Anteil der Trainingsdaten, der zurückgehalten wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same seed, same weights</source>
        <translation>Gleicher Seed, gleiche Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping patience</source>
        <translation>Geduld (EarlyStopping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when validation loss has not improved for this many epochs (0 = off); best weights are restored</source>
        <translation>Anhalten, wenn sich der Validierungsverlust so viele Epochen lang nicht verbessert hat (0 = aus); die besten Gewichte werden wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce LR patience</source>
        <translation>Geduld (LR senken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halve the learning rate after this many epochs without improvement (0 = off)</source>
        <translation>Lernrate nach so vielen Epochen ohne Verbesserung halbieren (0 = aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the best epoch&apos;s weights</source>
        <translation>Gewichte der besten Epoche behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model summary</source>
        <translation>Modellübersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the lab file&apos;s limit</source>
        <translation>Grenze der Lab-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set (at most {0} in this lab)</source>
        <translation>Durchläufe durch die Trainingsdaten (höchstens {0} in dieser Übung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The seed is set by the lab file</source>
        <translation>Der Seed ist durch die Übungsdatei festgelegt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&lt;b&gt;Total parameters: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;Parameter gesamt: {0}&lt;/b&gt; – {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Total parameters: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parameter gesamt: {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MyDrawings</name>
    <message>
        <location filename="../../core/data/class_dataset.py" line="+41"/>
        <source>there are no drawings to export yet: save some first</source>
        <translation>es gibt noch keine Zeichnungen zum Exportieren: Speichern Sie zuerst welche</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>nothing to merge: the files hold no drawings</source>
        <translation>nichts zum Zusammenführen: Die Dateien enthalten keine Zeichnungen</translation>
    </message>
    <message>
        <location filename="../../core/data/my_drawings.py" line="+107"/>
        <source>could not save the drawing ({0})</source>
        <translation>die Zeichnung konnte nicht gespeichert werden ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n drawings in {0} are not well-formed (a label outside 0-9, an image that is not 28x28 or strokes that are not a list) and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n Zeichnung in {0} ist fehlerhaft (ein Label außerhalb von 0–9, ein Bild, das nicht 28×28 ist, oder Striche, die keine Liste sind) und wird ausgelassen; die Datei behält sie</numerusform>
            <numerusform>%n Zeichnungen in {0} sind fehlerhaft (ein Label außerhalb von 0–9, ein Bild, das nicht 28×28 ist, oder Striche, die keine Liste sind) und werden ausgelassen; die Datei behält sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n drawings</source>
        <translation>
            <numerusform>%n Zeichnung</numerusform>
            <numerusform>%n Zeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>it has no images and labels</source>
        <translation>sie enthält keine Bilder und Labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a readable .npz: {0}</source>
        <translation>keine lesbare .npz-Datei: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds Python objects</source>
        <translation>sie enthält Python-Objekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images are {0}, labels {1}</source>
        <translation>Bilder der Form {0}, Labels der Form {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} images but {1} labels</source>
        <translation>{0} Bilder, aber {1} Labels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>labels must be whole numbers 0-9</source>
        <translation>Labels müssen ganze Zahlen von 0 bis 9 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pixels must be 0-255</source>
        <translation>Pixel müssen zwischen 0 und 255 liegen</translation>
    </message>
</context>
<context>
    <name>MyDrawingsBar</name>
    <message>
        <location filename="../../gui/drawing/my_drawings_bar.py" line="+55"/>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the current model on “my drawings”</source>
        <translation>Das aktuelle Modell mit „Meine Zeichnungen“ bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use in training</source>
        <translation>im Training nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “my drawings” to MNIST when training (Train more with this on fine-tunes the current model)</source>
        <translation>„Meine Zeichnungen“ beim Training zu MNIST hinzufügen (ist dies aktiv, stimmt „Weitertrainieren“ das aktuelle Modell fein ab)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as a {0} in “my drawings” ({1} in all)</source>
        <translation>Als {0} in „Meine Zeichnungen“ gespeichert ({1} insgesamt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is using the drawings file: the {0} waits and is saved when it is free ({1} waiting)</source>
        <translation>Ein anderes Programm benutzt die Zeichnungsdatei: die {0} wartet und wird gespeichert, sobald sie frei ist ({1} wartend)</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Saved %n waiting drawings in “my drawings” ({0} in all)</source>
        <translation>
            <numerusform>%n wartende Zeichnung in „Meine Zeichnungen“ gespeichert ({0} insgesamt)</numerusform>
            <numerusform>%n wartende Zeichnungen in „Meine Zeichnungen“ gespeichert ({0} insgesamt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n waiting drawings could not be saved: {0}</source>
        <translation>
            <numerusform>%n wartende Zeichnung konnte nicht gespeichert werden: {0}</numerusform>
            <numerusform>%n wartende Zeichnungen konnten nicht gespeichert werden: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My drawings could not be read: {0}</source>
        <translation>„Meine Zeichnungen“ konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>My drawings: the file could not be read</source>
        <translation>Meine Zeichnungen: Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My drawings ({0}): {1}</source>
        <translation>Meine Zeichnungen ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/views/network_view.py" line="+25"/>
        <source>First-layer weights</source>
        <translation>Gewichte der ersten Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your drawing inside the network</source>
        <translation>Ihre Zeichnung im Netz</translation>
    </message>
</context>
<context>
    <name>Neuron</name>
    <message>
        <location filename="../../core/evaluation/neuron.py" line="+56"/>
        <source>softmax, with the other units&apos; z: p = {0}</source>
        <translation>softmax mit den z der anderen Einheiten: p = {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>z = Σ wᵢxᵢ + b = {0} + (the other %n terms: {1}) + bias {2} = {3}</source>
        <translation>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (der übrige %n Term: {1}) + Bias {2} = {3}</numerusform>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (die übrigen %n Terme: {1}) + Bias {2} = {3}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole layer at once: (1×784)·(784×{0}) + (1×{0}) → (1×{0})</source>
        <translation>Die ganze Schicht auf einmal: (1×784)·(784×{0}) + (1×{0}) → (1×{0})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output layer: logits zₖ = {0}</source>
        <translation>Ausgabeschicht: Logits zₖ = {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax: pₖ = e^zₖ / Σⱼ e^zⱼ = {0}</source>
        <translation>softmax: pₖ = e^zₖ / Σⱼ e^zⱼ = {0}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../gui/notice_bar.py" line="+31"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>OutPath</name>
    <message>
        <location filename="../../core/store/out_path.py" line="+65"/>
        <source>{0} is inside DigitLab&apos;s own files ({1}), which would be damaged; choose a place outside it</source>
        <translation>{0} liegt in DigitLabs eigenen Dateien ({1}), die beschädigt würden; wählen Sie einen Ort außerhalb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is a folder; name a file to write</source>
        <translation>{0} ist ein Ordner; geben Sie eine Datei zum Schreiben an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a regular file; name a file to write</source>
        <translation>{0} ist keine gewöhnliche Datei; geben Sie eine Datei zum Schreiben an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} already exists and is not a {1} file, so it would be replaced by one of another kind</source>
        <translation>{0} gibt es schon und ist keine {1}-Datei; sie würde durch eine Datei anderer Art ersetzt</translation>
    </message>
</context>
<context>
    <name>Overfitting</name>
    <message>
        <location filename="../../core/training/overfitting.py" line="+36"/>
        <source>No validation data: the gap cannot be measured</source>
        <translation>Keine Validierungsdaten: Die Lücke kann nicht gemessen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accuracy gap (train, mean over the epoch − test) {0} points</source>
        <translation>Genauigkeitsabstand (Training, Mittel über die Epoche − Test) {0} Prozentpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accuracy gap (train, mean over the epoch − val) {0} points</source>
        <translation>Genauigkeitsabstand (Training, Mittel über die Epoche − Val.) {0} Prozentpunkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loss gap (test − train, mean over the epoch) {0}</source>
        <translation>Verlustabstand (Test − Training, Mittel über die Epoche) {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss gap (val − train, mean over the epoch) {0}</source>
        <translation>Verlustabstand (Val. − Training, Mittel über die Epoche) {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test loss rose in epoch {0}</source>
        <translation>Testverlust stieg in Epoche {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val loss rose in epoch {0}</source>
        <translation>Val.-Verlust stieg in Epoche {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lowest test loss at epoch {0}</source>
        <translation>niedrigster Testverlust in Epoche {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest val loss at epoch {0}</source>
        <translation>niedrigster Val.-Verlust in Epoche {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EarlyStopping at epoch {0}</source>
        <translation>EarlyStopping in Epoche {0}</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <location filename="../../gui/drawing/pixel_view.py" line="+41"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} by {1} pixels, {2} of them inked</source>
        <translation>{0} × {1} Pixel, davon {2} mit Tinte</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../gui/drawing/prediction_panel.py" line="+40"/>
        <source>cropped</source>
        <translation>zugeschnitten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>redrawn</source>
        <translation>neu gezeichnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crop to the ink&apos;s bounding box. The redrawn strokes already fill a box of one size, so unticking this alone changes little: untick “redrawn” too to see it</source>
        <translation>Auf den Begrenzungsrahmen der Tinte zuschneiden. Die neu gezeichneten Striche füllen schon einen Rahmen fester Größe, daher ändert das Abwählen allein wenig: auch den ersten Schritt links abwählen, um es zu sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thinned</source>
        <translation>verdünnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>centred</source>
        <translation>zentriert</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Redraw the strokes at one size with the same pen, so a digit drawn small reaches the network like one drawn large</source>
        <translation>Die Striche in einer Größe mit demselben Stift neu zeichnen, damit eine klein gezeichnete Ziffer beim Netz ankommt wie eine groß gezeichnete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thin strokes thicker than a tenth of the digit&apos;s size, as thick as MNIST&apos;s</source>
        <translation>Striche, die dicker als ein Zehntel der Ziffer sind, so dünn wie bei MNIST machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale the longer side to 20 px, keeping the aspect</source>
        <translation>Die längere Seite auf 20 px skalieren, Seitenverhältnis beibehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the centre of mass at the centre. A balanced digit&apos;s centre of mass is already near its box&apos;s centre, so unticking moves it a pixel or not at all; on a lopsided one (a 7 with a long top bar, a 4 with a long stem) it moves the digit</source>
        <translation>Den Schwerpunkt in die Mitte setzen. Bei einer ausgewogenen Ziffer liegt der Schwerpunkt schon nahe der Rahmenmitte, daher verschiebt das Abwählen sie um ein Pixel oder gar nicht; bei einer einseitigen (eine 7 mit langem Querstrich, eine 4 mit langem Stamm) verschiebt es die Ziffer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0}. Untick to see what the step contributes.</source>
        <translation>{0}. Häkchen entfernen, um zu sehen, was dieser Schritt beiträgt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>network input (28×28)</source>
        <translation>Netzeingabe (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit on the canvas: the 28×28 pixels the network reads appear here</source>
        <translation>Zeichnen Sie eine Ziffer auf die Zeichenfläche: Die 28×28 Pixel, die das Netz liest, erscheinen hier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this drawing as a {0} in “my drawings”, whether the answer was right or wrong</source>
        <translation>Diese Zeichnung als {0} in „Meine Zeichnungen“ speichern – egal, ob die Antwort richtig oder falsch war</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../core/model/architectures.py" line="+296"/>
        <source>Assignment 1: 32-16</source>
        <translation>Aufgabe 1: 32-16</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assignment 2: 1024-512-256-128-64</source>
        <translation>Aufgabe 2: 1024-512-256-128-64</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>128-64 with dropout 0.2</source>
        <translation>128-64 mit Dropout 0.2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>256-128 with batch norm and dropout 0.3</source>
        <translation>256-128 mit Batch-Normalisierung und Dropout 0.3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>One hidden layer of 100</source>
        <translation>Eine verborgene Schicht mit 100</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>the checkpoint&apos;s example</source>
        <translation>das Beispiel des Checkpoints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigitLab&apos;s own, not from the course texts</source>
        <translation>von DigitLab, nicht aus den Kurstexten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assignment&apos;s task 1: two small relu layers, trained like the checkpoint&apos;s example (SGD, batch 32, no validation split), 20 epochs.</source>
        <translation>Aufgabe 1 der Hausaufgabe: zwei kleine ReLU-Schichten, trainiert wie das Beispiel des Checkpoints (SGD, Batch 32, kein Validierungsanteil), 20 Epochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the assignment, task 1</source>
        <translation>die Hausaufgabe, Aufgabe 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assignment&apos;s task 2: a deep, wide net, trained like the checkpoint&apos;s example, 20 epochs.</source>
        <translation>Aufgabe 2 der Hausaufgabe: ein tiefes, breites Netz, trainiert wie das Beispiel des Checkpoints, 20 Epochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assignment, task 2</source>
        <translation>die Hausaufgabe, Aufgabe 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint example 256-128 (SGD)</source>
        <translation>Checkpoint-Beispiel 256-128 (SGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checkpoint&apos;s example: SGD with Keras&apos;s defaults (learning rate 0.01, no momentum), batch 32, 30 epochs, no validation split.</source>
        <translation>Das Beispiel des Checkpoints: SGD mit den Standardwerten von Keras (Lernrate 0,01, kein Momentum), Batch 32, 30 Epochen, kein Validierungsanteil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lesson&apos;s dropout example (Sequential and Functional API): dropout 0.2, Adam, batch 128.</source>
        <translation>Das Dropout-Beispiel der Lektion (Sequential- und Functional-API): Dropout 0,2, Adam, Batch 128.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>the lesson, section Dropout</source>
        <translation>die Lektion, Abschnitt Dropout</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>256-128 with dropout 0.5 / 0.3</source>
        <translation>256-128 mit Dropout 0.5 / 0.3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson&apos;s variant: heavier dropout on the wider layer.</source>
        <translation>Die Variante aus dem Unterricht: stärkeres Dropout auf der breiteren Schicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>256-128 with L2(0.01)</source>
        <translation>256-128 mit L2(0.01)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s variant: L2 weight penalty 0.01 on each hidden layer.</source>
        <translation>Die Variante aus dem Unterricht: L2-Strafterm 0.01 auf die Gewichte jeder verborgenen Schicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, section L2 regularization</source>
        <translation>die Lektion, Abschnitt L2-Regularisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>256-128 with Dense → BatchNorm → ReLU</source>
        <translation>256-128 mit Dense → BatchNorm → ReLU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson&apos;s batch norm example: the batch norm sits between each Dense layer and its relu.</source>
        <translation>Das Beispiel der Lektion zur Batch-Normalisierung: Sie sitzt zwischen jeder Dense-Schicht und ihrer ReLU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, section Batch normalization</source>
        <translation>die Lektion, Abschnitt Batch-Normalisierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lesson&apos;s complete example: batch norm and dropout 0.3, EarlyStopping(patience 5, restore best).</source>
        <translation>Das vollständige Beispiel der Lektion: Batch-Normalisierung und Dropout 0,3, EarlyStopping (Geduld 5, beste Gewichte wiederherstellen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, the complete example</source>
        <translation>die Lektion, das vollständige Beispiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment 1 with Adam (extra)</source>
        <translation>Aufgabe 1 mit Adam (Extra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigitLab&apos;s extra, not the assignment&apos;s settings: task 1&apos;s net with Adam and validation 0.1.</source>
        <translation>Ein Extra von DigitLab, nicht die Einstellungen der Hausaufgabe: das Netz aus Aufgabe 1 mit Adam und Validierungsanteil 0,1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignment 2 with Adam (extra)</source>
        <translation>Aufgabe 2 mit Adam (Extra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigitLab&apos;s extra, not the assignment&apos;s settings: task 2&apos;s net with Adam and validation 0.1.</source>
        <translation>Ein Extra von DigitLab, nicht die Einstellungen der Hausaufgabe: das Netz aus Aufgabe 2 mit Adam und Validierungsanteil 0,1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DigitLab&apos;s own: the smallest useful net, 784-100-10.</source>
        <translation>Von DigitLab: das kleinste brauchbare Netz, 784-100-10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sigmoid 1024-512-256-128-64 (vanishing gradients)</source>
        <translation>Sigmoid 1024-512-256-128-64 (verschwindende Gradienten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DigitLab&apos;s own: assignment 2 with sigmoid; compare the first layers&apos; gradients with relu&apos;s.</source>
        <translation>Von DigitLab: Aufgabe 2 mit Sigmoid; vergleiche die Gradienten der ersten Schichten mit denen von ReLU.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DigitLab&apos;s own: 784 inputs straight to 10 outputs, 7,850 parameters: is depth worth it?</source>
        <translation>Von DigitLab: 784 Eingaben direkt zu 10 Ausgaben, 7.850 Parameter: Lohnt sich Tiefe?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No hidden layer (softmax regression)</source>
        <translation>Keine verborgene Schicht (Softmax-Regression)</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../gui/drawing/probability_bars.py" line="+40"/>
        <source>no drawing</source>
        <translation>keine Zeichnung</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../core/report/program_file.py" line="+38"/>
        <source>no free name for the program&apos;s model beside {0}</source>
        <translation>kein freier Name für das Modell des Programms neben {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: a program is a Jupyter notebook (.ipynb) or a Python script (.py)</source>
        <translation>{0}: ein Programm ist ein Jupyter-Notebook (.ipynb) oder ein Python-Skript (.py)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: the hand-in is one Jupyter notebook (.ipynb)</source>
        <translation>{0}: Die Abgabe ist ein einziges Jupyter-Notebook (.ipynb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} keeps its best epoch in a file of its own; the hand-in writes no file: export it alone</source>
        <translation>{0} speichert seine beste Epoche in einer eigenen Datei; die Abgabe schreibt keine Datei: exportiere es einzeln</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../core/training/run_store.py" line="+40"/>
        <source>runs could not be read: {0}</source>
        <translation>die Läufe konnten nicht gelesen werden: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n runs in {0} are not well-formed and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n Trainingslauf in {0} ist fehlerhaft und wird ausgelassen; die Datei behält ihn</numerusform>
            <numerusform>%n Trainingsläufe in {0} sind fehlerhaft und werden ausgelassen; die Datei behält sie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not save runs ({0}); earlier runs are intact</source>
        <translation>die Läufe konnten nicht gespeichert werden ({0}); frühere Läufe sind unversehrt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not a list of runs</source>
        <translation>keine Liste von Läufen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../gui/training/runs_panel.py" line="+27"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>val acc</source>
        <translation>Gen. (Val.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test acc</source>
        <translation>Gen. (Test)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;layers {1} · {2} parameters&lt;br&gt;{3}, learning rate {4}, batch {5}, seed {6}&lt;br&gt;training accuracy {7} · validation {8} · test {9}&lt;br&gt;{10} in {11} s — {12}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Schichten {1} · {2} Parameter&lt;br&gt;{3}, Lernrate {4}, Batch {5}, Seed {6}&lt;br&gt;Trainingsgenauigkeit {7} · Validierung {8} · Test {9}&lt;br&gt;{10} in {11} s – {12}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tick runs to compare their curves; double-click a name to rename it</source>
        <translation>Läufe ankreuzen, um ihre Kurven zu vergleichen; Doppelklick auf einen Namen benennt ihn um</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete selected run</source>
        <translation>Ausgewählten Lauf löschen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the run “{0}”? Its kept model goes too; models you saved yourself stay.</source>
        <translation>Den Lauf „{0}“ löschen? Sein gespeichertes Modell wird ebenfalls gelöscht; Modelle, die Sie selbst gespeichert haben, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../gui/views/sample_dialog.py" line="+26"/>
        <source>what the network sees (28×28)</source>
        <translation>was das Netz sieht (28×28)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True digit &lt;b&gt;{0}&lt;/b&gt; · predicted &lt;b&gt;{1}&lt;/b&gt; ({2} %) · {3}. The network gave the true digit {4} %. &lt;span style=&apos;color:#3ca050&apos;&gt;Green&lt;/span&gt;: the true digit; &lt;span style=&apos;color:#f08c1e&apos;&gt;orange&lt;/span&gt;: the answer.</source>
        <translation>Wahre Ziffer &lt;b&gt;{0}&lt;/b&gt; · vorhergesagt &lt;b&gt;{1}&lt;/b&gt; ({2} %) · {3}. Das Netz gab der wahren Ziffer {4} %. &lt;span style=&apos;color:#3ca050&apos;&gt;Grün&lt;/span&gt;: die wahre Ziffer; &lt;span style=&apos;color:#f08c1e&apos;&gt;Orange&lt;/span&gt;: die Antwort.</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <location filename="../../gui/views/sample_gallery.py" line="+58"/>
        <source>test image #{0}: true {1}, predicted {2}</source>
        <translation>Testbild Nr. {0}: wahr {1}, vorhergesagt {2}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../gui/session.py" line="+92"/>
        <source>bundled default model</source>
        <translation>mitgeliefertes Standardmodell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model you used last could not be read ({0}); the bundled one answers</source>
        <translation>Das zuletzt verwendete Modell konnte nicht gelesen werden ({0}); es antwortet das mitgelieferte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No default model: {0}</source>
        <translation>Kein Standardmodell: {0}</translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <location filename="../../core/model/architectures.py" line="-304"/>
        <source>batch_norm_before needs batch_norm: there is no batch norm to place before the activation</source>
        <translation>batch_norm_before braucht batch_norm: Es gibt keine Batch-Normalisierung, die vor die Aktivierung kommen könnte</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+74"/>
        <source>at most {0} hidden layers, not {1}</source>
        <translation>höchstens {0} verborgene Schichten, nicht {1}</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+135"/>
        <location filename="../../core/model/layer_grammar.py" line="+35"/>
        <source>layer {0}: {1}</source>
        <translation>Schicht {0}: {1}</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>the network has {0} parameters; at most {1} can be trained on a lab computer with 8 GB of memory</source>
        <translation>das Netz hat {0} Parameter; höchstens {1} lassen sich auf einem Laborrechner mit 8 GB Arbeitsspeicher trainieren</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{0} is missing</source>
        <translation>{0} fehlt</translation>
    </message>
    <message>
        <location filename="../../core/model/spec_checks.py" line="+29"/>
        <source>{0} must be a whole number from {1} to {2}, not {3}</source>
        <translation>{0} muss eine ganze Zahl von {1} bis {2} sein, nicht {3}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} must be a number above {1} and at most {2}, not {3}</source>
        <translation>{0} muss eine Zahl über {1} und höchstens {2} sein, nicht {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a number from {1} to {2}, not {3}</source>
        <translation>{0} muss eine Zahl von {1} bis {2} sein, nicht {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be true or false, not {1}</source>
        <translation>{0} muss true oder false sein, nicht {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be one of {1}, not {2}</source>
        <translation>{0} muss eines von {1} sein, nicht {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} must be one line of at most {1} printable characters, not {2}</source>
        <translation>{0} muss eine Zeile aus höchstens {1} druckbaren Zeichen sein, nicht {2}</translation>
    </message>
    <message>
        <location filename="../../core/model/architectures.py" line="-87"/>
        <location line="+57"/>
        <location line="+17"/>
        <source>a spec needs a list of layers</source>
        <translation>eine Modellbeschreibung braucht eine Liste von Schichten</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>layers are written as unit counts joined by &apos;-&apos;, like 256-128; got {0}</source>
        <translation>Schichten werden als Einheitenzahlen geschrieben, verbunden mit &apos;-&apos;, z. B. 256-128; erhalten: {0}</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>no preset {0}; presets: {1}</source>
        <translation>keine Vorlage {0}; Vorlagen: {1}</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_grammar.py" line="+8"/>
        <source>a layer starts with its number of units, like 256:relu; got {0}</source>
        <translation>Eine Schicht beginnt mit ihrer Zahl von Neuronen, etwa 256:relu; erhalten: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dropout comes last in a layer, after {0}</source>
        <translation>Dropout steht zuletzt in einer Schicht, nach {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read {0}: a layer&apos;s parts are relu, sigmoid or tanh, bn, dropout=RATE and l2=FACTOR, each once</source>
        <translation>{0} ist nicht lesbar: Die Teile einer Schicht sind relu, sigmoid oder tanh, bn, dropout=RATE und l2=FAKTOR, jeder höchstens einmal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} must be a number, not {1}</source>
        <translation>{0} muss eine Zahl sein, nicht {1}</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message>
        <location filename="../../core/training/progress.py" line="+22"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by user</source>
        <translation>manuell angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>early stopping</source>
        <translation>durch EarlyStopping beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss became NaN</source>
        <translation>Verlust wurde NaN</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../core/store/atomic.py" line="+54"/>
        <source>cannot write in {0} ({1})</source>
        <translation>in {0} kann nicht geschrieben werden ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not save {0} ({1}); the previous file is unchanged</source>
        <translation>{0} konnte nicht gespeichert werden ({1}); die vorherige Datei ist unverändert</translation>
    </message>
    <message>
        <location filename="../../core/store/database.py" line="+111"/>
        <source>cannot open {0} ({1})</source>
        <translation>{0} kann nicht geöffnet werden ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not save to {0} ({1}); everything saved before is intact</source>
        <translation>Speichern in {0} fehlgeschlagen ({1}); alles zuvor Gespeicherte ist unversehrt</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{0} could not be read ({1}); it was moved to {2} and a new one started</source>
        <translation>{0} konnte nicht gelesen werden ({1}); die Datei wurde nach {2} verschoben und eine neue angelegt</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+5"/>
        <location line="+33"/>
        <source>cannot use {0} ({1})</source>
        <translation>{0} kann nicht verwendet werden ({1})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>the integrity check failed</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{0} could not be read ({1}); it was moved to {2}</source>
        <translation>{0} konnte nicht gelesen werden ({1}); die Datei wurde nach {2} verschoben</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>{0} is busy: another program is using it; try again in a moment</source>
        <translation>{0} ist belegt: ein anderes Programm benutzt die Datei; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing can be saved: {0}</source>
        <translation>nichts kann gespeichert werden: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it was made by a newer DigitLab (schema {0}; this version knows {1})</source>
        <translation>sie wurde von einer neueren DigitLab-Version angelegt (Schema {0}; diese Version kennt {1})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it was opened read-only</source>
        <translation>sie wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data folder {0} cannot be made ({1})</source>
        <translation>der Datenordner {0} kann nicht angelegt werden ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder {0} is read-only</source>
        <translation>der Datenordner {0} ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is write-protected</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is write-protected</source>
        <translation>{0} ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} cannot be changed ({1})</source>
        <translation>{0} kann nicht geändert werden ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} could not be read ({1}) nor moved aside</source>
        <translation>{0} konnte weder gelesen ({1}) noch beiseitegelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} could not be read</source>
        <translation>{0} konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} is open read-only: {1}; drawing and predicting work, nothing is saved</source>
        <translation>{0} ist schreibgeschützt geöffnet: {1}; Zeichnen und Vorhersagen funktionieren, gespeichert wird nichts</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{0} imported from {1} (kept as {2})</source>
        <translation>{0} aus {1} importiert (aufbewahrt als {2})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(could not be moved)</source>
        <translation>(konnte nicht verschoben werden)</translation>
    </message>
    <message>
        <location filename="../../core/store/plain.py" line="+47"/>
        <source>{0} is a folder, not a {1}</source>
        <translation>{0} ist ein Ordner, keine {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} does not exist</source>
        <translation>{0} existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} cannot be read (permission denied)</source>
        <translation>{0} kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is empty</source>
        <translation>{0} ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1} MB, too large for a {2}</source>
        <translation>{0} ist {1} MB groß, zu groß für eine {2}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../gui/task_runner.py" line="+150"/>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../gui/training/training_controls.py" line="+42"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new network with these settings</source>
        <translation>Ein neues Netz mit diesen Einstellungen trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch; the weights are kept</source>
        <translation>Nach dem aktuellen Batch anhalten; die Gewichte bleiben erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train more</source>
        <translation>Weitertrainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from the current weights</source>
        <translation>Mit den aktuellen Gewichten fortfahren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a network and press Train, or draw a digit →</source>
        <translation>Wählen Sie ein Netz und klicken Sie auf „Trainieren“, oder zeichnen Sie eine Ziffer →</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> epochs</source>
        <comment>after the number of epochs</comment>
        <translation>
            <numerusform> Epoche</numerusform>
            <numerusform> Epochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0} of {1}</source>
        <translation>Epoche {0} von {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>epoch {0} (%n more)</source>
        <translation>
            <numerusform>Epoche {0} (%n weitere)</numerusform>
            <numerusform>Epoche {0} (%n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>epoch {0} ({1} of %n more)</source>
        <translation>
            <numerusform>Epoche {0} ({1} von %n weiteren)</numerusform>
            <numerusform>Epoche {0} ({1} von %n weiteren)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Training… the canvas predicts with the newest epoch.</source>
        <translation>Training läuft … Ihre Zeichnung wird schon mit dem Stand der neuesten Epoche erkannt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} · batch {1}/{2} · {3} elapsed · ETA {4}</source>
        <translation>{0} · Batch {1}/{2} · {3} vergangen · Rest {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, validation {0} %</source>
        <translation>, Validierung {0} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch {0}: training accuracy {1} %{2}, loss {3}</source>
        <translation>Epoche {0}: Trainingsgenauigkeit {1} %{2}, Verlust {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training failed: {0}</source>
        <translation>Training fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingFlow</name>
    <message>
        <location filename="../../gui/training/training_flow.py" line="+113"/>
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened {0}: test accuracy {1} %</source>
        <translation>{0} geöffnet: Testgenauigkeit {1} %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: its training settings were not used ({1})</source>
        <translation>{0}: seine Trainingseinstellungen wurden nicht übernommen ({1})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Train a model (or open one) first</source>
        <translation>Trainieren (oder öffnen) Sie zuerst ein Modell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (continued from {1})</source>
        <translation>{0} (Fortsetzung von {1})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot train this network: {0}</source>
        <translation>Dieses Netz kann nicht trainiert werden: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} (epoch {1})</source>
        <translation>{0} (Epoche {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>test accuracy {0} % (loss {1}), </source>
        <translation>Testgenauigkeit {0} % (Verlust {1}), </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Note: {0}.</source>
        <translation> Hinweis: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: {0}{1} in {2} s — {3}.{4}</source>
        <translation>Fertig: {0}{1} in {2} s – {3}.{4}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Training {0}</source>
        <translation>Training: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The run&apos;s model could not be read back: {0}</source>
        <translation>Das Modell des Laufs konnte nicht wieder gelesen werden: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>out of memory: try fewer or smaller layers, or a smaller batch size</source>
        <translation>nicht genügend Arbeitsspeicher: Versuchen Sie weniger oder kleinere Schichten oder eine kleinere Batchgröße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training failed: {0}</source>
        <translation>Training fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training is unavailable on this machine: {0}. Drawing and predicting with the bundled models still work.</source>
        <translation>Training ist auf diesem Rechner nicht verfügbar: {0}. Zeichnen und Vorhersagen mit den mitgelieferten Modellen funktionieren trotzdem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TensorFlow is ready to train</source>
        <translation>TensorFlow ist bereit zum Training</translation>
    </message>
</context>
<context>
    <name>TrainingNotes</name>
    <message>
        <location filename="../../core/model/network.py" line="+93"/>
        <source>the model had no optimizer: compiled with {0} (learning rate {1}), with a loss that reads its logits</source>
        <translation>das Modell hatte keinen Optimierer: mit {0} kompiliert (Lernrate {1}), mit einem Verlust, der seine Logits liest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model had no optimizer: compiled with {0} (learning rate {1})</source>
        <translation>das Modell hatte keinen Optimierer: mit {0} kompiliert (Lernrate {1})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file&apos;s optimizer could not continue with this model, so a new {0} with the same settings continues it</source>
        <translation>der Optimierer der Datei konnte mit diesem Modell nicht weitermachen, daher setzt ein neuer {0} mit denselben Einstellungen das Training fort</translation>
    </message>
    <message>
        <location filename="../../core/training/train.py" line="+141"/>
        <source>the loss became NaN, so the model keeps the weights of epoch {0}, the last finite one</source>
        <translation>der Verlust wurde NaN, daher behält das Modell die Gewichte von Epoche {0}, der letzten endlichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the loss became NaN before any epoch ended, so no model was kept; try a smaller learning rate</source>
        <translation>der Verlust wurde NaN, bevor eine Epoche zu Ende war, daher wurde kein Modell behalten; versuchen Sie eine kleinere Lernrate</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <location filename="../../core/training/training_process.py" line="+134"/>
        <source>the training process ended unexpectedly (exit code {0}); the next training starts a new one</source>
        <translation>der Trainingsprozess wurde unerwartet beendet (Exit-Code {0}); das nächste Training startet einen neuen</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../core/training/session.py" line="+109"/>
        <source>Loading TensorFlow and MNIST…</source>
        <translation>TensorFlow und MNIST werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training cancelled before it started</source>
        <translation>Training vor dem Start abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluating on the test set…</source>
        <translation>Auswertung auf dem Testdatensatz…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the run&apos;s model could not be kept: {0}</source>
        <translation>das Modell des Laufs konnte nicht behalten werden: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the run “{0}” kept no model to continue</source>
        <translation>der Lauf „{0}“ hat kein Modell zum Weitertrainieren behalten</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../gui/views/weights_view.py" line="+110"/>
        <source>show</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many first-layer units to show (the first ones)</source>
        <translation>Wie viele Einheiten der ersten Schicht angezeigt werden (die ersten)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first {0}</source>
        <translation>die ersten {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>First hidden layer: %n units, {0} shown</source>
        <translation>
            <numerusform>Erste verborgene Schicht: %n Einheit, {0} angezeigt</numerusform>
            <numerusform>Erste verborgene Schicht: %n Einheiten, {0} angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hidden layer: the 10 output units, one per digit (0 to 9), so each tile is a template of its digit</source>
        <translation>Keine verborgene Schicht: die 10 Ausgabeeinheiten, eine pro Ziffer (0 bis 9), daher ist jede Kachel eine Schablone ihrer Ziffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Each tile is one unit&apos;s 784 input weights: &lt;span style=&apos;color:#b2182b&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; — ink there excites the unit, &lt;span style=&apos;color:#2166ac&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; — ink there inhibits it (each tile scaled to its own range).</source>
        <translation>{0}. Jede Kachel zeigt die 784 Eingangsgewichte einer Einheit: &lt;span style=&apos;color:#b2182b&apos;&gt;&lt;b&gt;Rot&lt;/b&gt;&lt;/span&gt; – Tinte dort erregt die Einheit, &lt;span style=&apos;color:#2166ac&apos;&gt;&lt;b&gt;Blau&lt;/b&gt;&lt;/span&gt; – Tinte dort hemmt sie (jede Kachel auf ihren eigenen Wertebereich skaliert).</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gui/window_menus.py" line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>About DigitLab</source>
        <translation>Über DigitLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;DigitLab&lt;/b&gt;&lt;br&gt;Train dense networks on MNIST, watch them learn, and draw digits for them to read.&lt;br&gt;&lt;br&gt;MNIST by Y. LeCun, C. Cortes and C. Burges (CC BY-SA 3.0).</source>
        <translation>&lt;b&gt;DigitLab&lt;/b&gt;&lt;br&gt;Dichte neuronale Netze mit MNIST trainieren, ihnen beim Lernen zusehen und Ziffern zeichnen, die sie erkennen sollen.&lt;br&gt;&lt;br&gt;MNIST von Y. LeCun, C. Cortes und C. Burges (CC BY-SA 3.0).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save model…</source>
        <translation>Modell &amp;speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export curves (PNG or SVG)…</source>
        <translation>Kurven exportieren (PNG oder SVG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history (CSV)…</source>
        <translation>Trainingsverlauf exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as notebook or script…</source>
        <translation>Als Notebook oder Skript exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the assignment&apos;s hand-in notebook…</source>
        <translation>Abgabe-Notebook der Aufgabe exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export my drawings (class data set)…</source>
        <translation>Meine Zeichnungen exportieren (Klassendatensatz)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab &amp;report (HTML)…</source>
        <translation>Laborbe&amp;richt (HTML)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose MNIST data…</source>
        <translation>MNIST-Daten wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo stroke</source>
        <translation>Strich rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo stroke</source>
        <translation>Strich wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear canvas</source>
        <translation>Zeichenfläche leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train &amp;more</source>
        <translation>&amp;Weitertrainieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fine-tune on a data set file…</source>
        <translation>Feinabstimmung mit Datensatzdatei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train more on MNIST plus a class data set (Export my drawings, or main.py drawings merge)</source>
        <translation>Mit MNIST plus einem Klassendatensatz weitertrainieren („Meine Zeichnungen exportieren“ oder main.py drawings merge)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show “{0}”</source>
        <translation>„{0}“ anzeigen</translation>
    </message>
</context>
<context>
    <name>_Grid</name>
    <message>
        <location filename="../../gui/views/weights_view.py" line="-68"/>
        <source>unit {0}: click to see its arithmetic on your drawing</source>
        <translation>Einheit {0}: Klicken Sie, um ihre Rechnung für Ihre Zeichnung zu sehen</translation>
    </message>
</context>
<context>
    <name>_LayerBlocks</name>
    <message>
        <location filename="../../gui/views/activations_view.py" line="-231"/>
        <source>Draw a digit to see the hidden layers light up</source>
        <translation>Zeichnen Sie eine Ziffer, um die verborgenen Schichten aufleuchten zu sehen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>One cell per unit: white = silent (0), dark orange = the layer&apos;s strongest.</source>
        <translation>Eine Zelle pro Einheit: Weiß = still (0), Dunkelorange = die stärkste der Schicht.</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="-218"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a .keras file</source>
        <translation>Mit einer .keras-Datei vergleichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input 28×28</source>
        <translation>Eingabe 28×28</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Compare with a model</source>
        <translation>Mit einem Modell vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0})</source>
        <translation>Keras-Modelle ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model chosen</source>
        <translation>Kein Modell gewählt</translation>
    </message>
</context>
</TS>
