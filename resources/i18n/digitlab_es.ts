<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivationsView</name>
    <message>
        <location filename="../../gui/views/activations_view.py" line="+157"/>
        <source>The pixels of the terms listed: orange excites the unit, blue inhibits it; the small numbers match the list</source>
        <translation>Los píxeles de los términos de la lista: el naranja excita la unidad y el azul la inhibe; los números pequeños corresponden a la lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One neuron&apos;s arithmetic</source>
        <translation>La aritmética de una neurona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to see this unit&apos;s arithmetic on your drawing</source>
        <translation>Haz clic para ver la aritmética de esta unidad sobre tu dibujo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Unit {0}&lt;/b&gt; of hidden layer 1 on your drawing</source>
        <translation>&lt;b&gt;Unidad {0}&lt;/b&gt; de la capa oculta 1 sobre tu dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Unit {0}&lt;/b&gt; of the output layer (the score for that digit) on your drawing</source>
        <translation>&lt;b&gt;Unidad {0}&lt;/b&gt; de la capa de salida (la puntuación de ese dígito) sobre tu dibujo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(each term is a weight × that pixel&apos;s ink; the small numbers mark its pixel on the left):</source>
        <translation>(cada término es un peso × la tinta de ese píxel; los números pequeños marcan su píxel a la izquierda):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Draw a digit to see the hidden layers light up</source>
        <translation>Dibuja un dígito para ver cómo se iluminan las capas ocultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network has no hidden layer: the 784 pixels go straight to the ten outputs</source>
        <translation>Esta red no tiene capa oculta: los 784 píxeles van directamente a las diez salidas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>hidden layer {0} — %n units, {1} active, strongest {2}</source>
        <translation>
            <numerusform>capa oculta {0} — %n unidad, activas: {1}, máximo {2}</numerusform>
            <numerusform>capa oculta {0} — %n unidades, activas: {1}, máximo {2}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No hidden layer, so the output units read the pixels themselves. The answer&apos;s unit, &lt;b&gt;{0}&lt;/b&gt;:</source>
        <translation>Sin capa oculta, las unidades de salida leen directamente los píxeles. La unidad de la respuesta, &lt;b&gt;{0}&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First-layer units that pushed hardest toward &lt;b&gt;{0}&lt;/b&gt; (activation × its effect on the score for that digit):</source>
        <translation>Unidades de la primera capa que más empujaron hacia &lt;b&gt;{0}&lt;/b&gt; (activación × su efecto en la puntuación de ese dígito):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unit {0}</source>
        <translation>unidad {0}</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../../core/drawing/answer.py" line="+49"/>
        <source>{0} ({1} % sure)</source>
        <translation>{0} ({1} % de confianza)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sure — {0} or {1}?</source>
        <translation>no está claro — ¿{0} o {1}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that does not look like a digit</source>
        <translation>eso no parece un dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no digit found (no ink, or the picture is too small)</source>
        <translation>no se encontró ningún dígito (no hay tinta o el dibujo es demasiado pequeño)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} % sure</source>
        <translation>{0} % de confianza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer: {0}, {1} % sure</source>
        <translation>Respuesta: {0}, {1} % de confianza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer: {0}</source>
        <translation>Respuesta: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: draw a digit</source>
        <translation>Aún no hay respuesta: dibuja un dígito</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../gui/drawing/answer_view.py" line="+26"/>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No answer: {0}</source>
        <translation>Sin respuesta: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: {0}, {1}</source>
        <translation>Respuesta: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../core/training/backend.py" line="+92"/>
        <source>importing TensorFlow took over {0} s</source>
        <translation>importar TensorFlow tardó más de {0} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not start Python to check TensorFlow ({0})</source>
        <translation>no se pudo iniciar Python para comprobar TensorFlow ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TensorFlow crashed on import with {0} (this CPU probably lacks AVX)</source>
        <translation>TensorFlow falló al importarse con {0} (probablemente este procesador no tiene AVX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TensorFlow crashed on import with {0}</source>
        <translation>TensorFlow falló al importarse con {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TensorFlow failed to import (exit {0})</source>
        <translation>TensorFlow no se pudo importar (código de salida {0})</translation>
    </message>
</context>
<context>
    <name>CanvasBox</name>
    <message>
        <location filename="../../gui/drawing/canvas_box.py" line="+23"/>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brush width (in the 280×280 drawing raster)</source>
        <translation>Grosor del pincel (en la cuadrícula de dibujo de 280×280)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase with the pen, a finger or the left button (E); the right button always erases</source>
        <translation>Borrar con el lápiz, un dedo o el botón izquierdo (E); el botón derecho siempre borra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc or Delete</source>
        <translation>Esc o Supr</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../core/report/charts.py" line="+80"/>
        <source>val loss rose</source>
        <translation>subió la pérdida de val.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>predicted digit</source>
        <translation>dígito predicho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true digit</source>
        <translation>dígito real</translation>
    </message>
    <message>
        <location filename="../../core/report/curve_charts.py" line="+21"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EarlyStopping (epoch {0} kept)</source>
        <translation>EarlyStopping (se conserva la época {0})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no epoch to draw yet: train a model or open one first</source>
        <translation>aún no hay épocas que dibujar: entrena un modelo o abre uno primero</translation>
    </message>
    <message>
        <location filename="../../core/report/insight_charts.py" line="+24"/>
        <source>Gradient norm per layer</source>
        <translation>Norma del gradiente por capa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not measured (trained before DigitLab measured gradients)</source>
        <translation>no medido (entrenado antes de que DigitLab midiera los gradientes)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>out</source>
        <translation>sal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>layer (input side first)</source>
        <translation>capa (desde la entrada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0}</source>
        <translation>época {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>darker: later epochs (1–{0})</source>
        <translation>más oscuro: épocas posteriores (1–{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the last hidden layer sorts the digits</source>
        <translation>Cómo agrupa los dígitos la última capa oculta</translation>
    </message>
</context>
<context>
    <name>CheckedField</name>
    <message>
        <location filename="../../gui/training/checked_fields.py" line="+47"/>
        <source>from {0} to {1}</source>
        <translation>de {0} a {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0}: {1} is not allowed</source>
        <translation>{0}: {1} no está permitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}; use a number {1}</source>
        <translation>{0}; usa un número {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} takes a number {1}, not “{2}”</source>
        <translation>{0} admite un número {1}, no “{2}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}; kept {1}</source>
        <translation>{0}; se mantiene {1}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../core/cli/cli.py" line="+42"/>
        <source>try a smaller network, batch size or --limit</source>
        <translation>prueba una red más pequeña, un tamaño de lote menor o --limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>use a smaller data file</source>
        <translation>usa un archivo de datos más pequeño</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>use fewer or smaller images</source>
        <translation>usa menos imágenes o imágenes más pequeñas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>use fewer models or a smaller data file</source>
        <translation>usa menos modelos o un archivo de datos más pequeño</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge fewer or smaller data set files</source>
        <translation>combina menos archivos de conjuntos de datos o más pequeños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a smaller model file</source>
        <translation>usa un archivo de modelo más pequeño</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>note: the model outputs logits; DigitLab applies a softmax to them</source>
        <translation>nota: el modelo devuelve logits; DigitLab les aplica una softmax</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--out must name an .html file</source>
        <translation>--out debe indicar un archivo .html</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: no MNIST found, so no confusion matrices ({0})</source>
        <translation>aviso: no se encontró MNIST, así que no hay matrices de confusión ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give a PATH to an .npz or IDX folder, or --download</source>
        <translation>indica una RUTA a un .npz o a una carpeta IDX, o --download</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DigitLab: train dense networks on MNIST and predict drawn digits.</source>
        <translation>DigitLab: entrena redes densas con MNIST y predice dígitos dibujados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print one JSON object as the last line</source>
        <translation>imprime un objeto JSON como última línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the teaching presets with parameter counts and training settings</source>
        <translation>lista las plantillas del curso con su número de parámetros y su configuración de entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train a network on MNIST and save it as .keras</source>
        <translation>entrena una red con MNIST y la guarda como .keras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of: {0}</source>
        <translation>una de: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layers: 256-128 (relu), or parts in their order, e.g. 256:bn:relu-128:relu:dropout=0.2:l2=0.01 (bn before the activation: Dense → BatchNorm → ReLU)</source>
        <translation>capas ocultas: 256-128 (relu), o partes en su orden, p. ej. 256:bn:relu-128:relu:dropout=0.2:l2=0.01 (bn antes de la activación: Dense → BatchNorm → ReLU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for layers that name none</source>
        <translation>para las capas que no indican ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout after each layer that names none</source>
        <translation>dropout tras cada capa que no indica ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum (SGD)</source>
        <translation>momentum (SGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: no split, as the course trains; the test set is then measured after each epoch</source>
        <translation>0: sin división, como entrena el curso; el conjunto de prueba se mide entonces tras cada época</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EarlyStopping patience in epochs (0: off)</source>
        <translation>paciencia de EarlyStopping en épocas (0: desactivado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EarlyStopping restores the best epoch&apos;s weights</source>
        <translation>EarlyStopping restaura los pesos de la mejor época</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReduceLROnPlateau(factor 0.5) patience in epochs (0: off)</source>
        <translation>paciencia de ReduceLROnPlateau(factor 0.5) en épocas (0: desactivado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the epoch with the lowest validation loss</source>
        <translation>conserva la época con la menor pérdida de validación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start from these weights (model.load_weights; same layers)</source>
        <translation>empieza con estos pesos (model.load_weights; mismas capas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also save the weights alone (model.save_weights)</source>
        <translation>guarda también solo los pesos (model.save_weights)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST .npz or folder of IDX files</source>
        <translation>MNIST en .npz o carpeta de archivos IDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train on the first N images only</source>
        <translation>entrena solo con las primeras N imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no progress output</source>
        <translation>sin mostrar el progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save without optimizer state (a third of the size)</source>
        <translation>guarda sin el estado del optimizador (un tercio del tamaño)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to save the model (.keras)</source>
        <translation>dónde guardar el modelo (.keras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test accuracy, per-class accuracy and confusion matrix</source>
        <translation>exactitud de prueba, exactitud por clase y matriz de confusión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>predict the digit in image files (PNG, JPEG, ...)</source>
        <translation>predice el dígito de archivos de imagen (PNG, JPEG, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a .keras file (default: the bundled model)</source>
        <translation>un archivo .keras (por defecto: el modelo incluido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a self-contained HTML lab report for one or more models</source>
        <translation>escribe un informe de laboratorio HTML autónomo para uno o varios modelos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.keras files; the first two are compared side by side</source>
        <translation>archivos .keras; los dos primeros se comparan lado a lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST .npz or IDX folder for the test-set results</source>
        <translation>MNIST en .npz o carpeta IDX para los resultados en el conjunto de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: &quot;DigitLab lab report&quot;, translated</source>
        <translation>por defecto: «DigitLab lab report», traducido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the report (.html)</source>
        <translation>dónde escribir el informe (.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify an MNIST file and copy it into the app&apos;s data folder</source>
        <translation>verifica un archivo MNIST y lo copia en la carpeta de datos de la aplicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>download through Keras (needs the internet)</source>
        <translation>descarga a través de Keras (necesita internet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put DigitLab in the menu and on the desktop</source>
        <translation>pone DigitLab en el menú y en el escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the launchers</source>
        <translation>quita los accesos directos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a command is needed: {0}</source>
        <translation>falta un comando: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected {0}: {1}</source>
        <translation>{0} inesperado: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>close other programs and try again</source>
        <translation>cierra otros programas y vuelve a intentarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory; {0}</source>
        <translation>memoria insuficiente; {0}</translation>
    </message>
    <message>
        <location filename="../../core/cli/drawings_command.py" line="+27"/>
        <source>list, add, export and merge the class&apos;s drawings</source>
        <translation>lista, añade, exporta y combina los dibujos de la clase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images for add; class data sets (.npz) for merge</source>
        <translation>imágenes para add; conjuntos de datos de la clase (.npz) para merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the digit the images show (add)</source>
        <translation>el dígito que muestran las imágenes (add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .npz to write (export, merge)</source>
        <translation>el .npz que se escribe (export, merge)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>notice: {0}</source>
        <translation>aviso: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add needs image files and --label 0-9</source>
        <translation>add necesita archivos de imagen y --label 0-9</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export needs --out FILE.npz</source>
        <translation>export necesita --out ARCHIVO.npz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merge needs .npz files and --out FILE.npz</source>
        <translation>merge necesita archivos .npz y --out ARCHIVO.npz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}: no digit found (no ink, or the picture is too small)</source>
        <translation>{0}: no se encontró ningún dígito (sin tinta, o la imagen es demasiado pequeña)</translation>
    </message>
    <message>
        <location filename="../../core/cli/export_command.py" line="+18"/>
        <source>{0}: its settings cannot be exported: {1}</source>
        <translation>{0}: su configuración no se puede exportar: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a run as a plain Keras notebook or script that reproduces it; several models, or &apos;assignment&apos;, make the hand-in notebook</source>
        <translation>escribe un entrenamiento como notebook o script de Keras simple que lo reproduce; varios modelos, o &apos;assignment&apos;, forman el notebook de entrega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a .keras file saved by DigitLab (it holds the settings), or a preset&apos;s name; several make ONE hand-in notebook with the checkpoint&apos;s example beside them; &apos;assignment&apos; is the assignment&apos;s hand-in (checkpoint, task 1, task 2)</source>
        <translation>un archivo .keras guardado por DigitLab (contiene la configuración) o el nombre de una plantilla; varios forman UN notebook de entrega con el ejemplo del checkpoint al lado; &apos;assignment&apos; es la entrega de la práctica (checkpoint, tarea 1, tarea 2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write: a Jupyter notebook (.ipynb) or, for one model, a script (.py)</source>
        <translation>el archivo que se escribe: un notebook de Jupyter (.ipynb) o, para un modelo, un script (.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an MNIST .npz path relative to the program to write into MNIST_PATH (an absolute path is not written: the program finds MNIST beside itself, in Keras&apos;s cache, or downloads it)</source>
        <translation>una ruta a un .npz de MNIST relativa al programa, que se escribe en MNIST_PATH (una ruta absoluta no se escribe: el programa encuentra MNIST a su lado, en la caché de Keras, o lo descarga)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train this many epochs instead</source>
        <translation>entrena este número de épocas en su lugar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--out must name a .py or .ipynb file</source>
        <translation>--out debe indicar un archivo .py o .ipynb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hand-in is one notebook: --out must name an .ipynb file</source>
        <translation>la entrega es un notebook: --out debe indicar un archivo .ipynb</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} holds no DigitLab settings to reproduce (a model saved by DigitLab does)</source>
        <translation>{0} no contiene configuración de DigitLab que reproducir (un modelo guardado por DigitLab sí)</translation>
    </message>
    <message>
        <location filename="../../core/cli/launchers.py" line="+93"/>
        <source>could not create {0}: {1}</source>
        <translation>no se pudo crear {0}: {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>removing the launchers failed ({0})</source>
        <translation>no se pudieron quitar los accesos directos ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creating the launchers failed ({0})</source>
        <translation>no se pudieron crear los accesos directos ({0})</translation>
    </message>
    <message>
        <location filename="../../core/cli/out_option.py" line="+16"/>
        <source>replace an existing --out file even when it is of another kind</source>
        <translation>reemplaza un archivo --out existente aunque sea de otro tipo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}; give --force to replace it anyway</source>
        <translation>{0}; indica --force para reemplazarlo de todos modos</translation>
    </message>
    <message>
        <location filename="../../core/cli/output.py" line="+22"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} (see &apos;{1} --help&apos;)</source>
        <translation>{0} (consulta &apos;{1} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/cli/train_command.py" line="+82"/>
        <source>--out must name a .keras file</source>
        <translation>--out debe indicar un archivo .keras</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} must name a .weights.h5 file (Keras&apos;s name for weights alone)</source>
        <translation>{0} debe indicar un archivo .weights.h5 (el nombre de Keras para los pesos solos)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no weights file {0}</source>
        <translation>no existe el archivo de pesos {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the weights in {0} do not fit these layers: {1}</source>
        <translation>los pesos de {0} no encajan con estas capas: {1}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="+46"/>
        <source>bundled: {0}</source>
        <translation>incluido: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Pick two models; both answer the drawing on the canvas at once. Runs appear here when their training ends.</source>
        <translation>Elige dos modelos; ambos responden a la vez al dibujo del lienzo. Las ejecuciones aparecen aquí cuando termina su entrenamiento.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current model ({0})</source>
        <translation>modelo actual ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run: {0} ({1})</source>
        <translation>ejecución: {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file: {0}</source>
        <translation>archivo: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model answering on the right: {0}</source>
        <translation>El modelo que responde a la derecha: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No current model</source>
        <translation>No hay modelo actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot use this model: {0}</source>
        <translation>No se puede usar este modelo: {0}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>no hidden layer</source>
        <translation>sin capa oculta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1} parameters</source>
        <translation>{0}, {1} parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, test accuracy {0} %</source>
        <translation>, exactitud en prueba {0} %</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Both answer &lt;b&gt;{0}&lt;/b&gt; (A: {1}; B: {2})</source>
        <translation>Ambos responden &lt;b&gt;{0}&lt;/b&gt; (A: {1}; B: {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither sees a digit: {0}</source>
        <translation>Ninguno ve un dígito: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;They disagree&lt;/b&gt;: A says {0}, B says {1}</source>
        <translation>&lt;b&gt;No coinciden&lt;/b&gt;: A dice {0}, B dice {1}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="+75"/>
        <source>read correctly</source>
        <translation>leído correctamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>leído como {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{0} of %n true {1}s {2}. Click to see them.</source>
        <translation>
            <numerusform>Dígito real {1}, {2}: {0} de %n imagen. Haz clic para verla.</numerusform>
            <numerusform>Dígito real {1}, {2}: {0} de %n imágenes. Haz clic para verlas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>predicted digit →</source>
        <translation>dígito predicho →</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← true digit</source>
        <translation>← dígito real</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click Evaluate to fill the confusion matrix</source>
        <translation>Haz clic en Evaluar para rellenar la matriz de confusión</translation>
    </message>
</context>
<context>
    <name>CurvesWidget</name>
    <message>
        <location filename="../../gui/training/curves.py" line="+59"/>
        <source>Training accuracy is the mean over each epoch&apos;s batches (with dropout on); validation is measured at the epoch&apos;s end on images the network never trains on. A growing gap and a rising validation loss are the signs of overfitting.</source>
        <translation>La exactitud de entrenamiento es la media de los lotes de cada época (con el dropout activo); la de validación se mide al final de la época con imágenes con las que la red nunca entrena. Una diferencia creciente entre ambas y una pérdida de validación que sube son señales de sobreajuste.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../gui/training/second_curve.py" line="+18"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training: the running mean over the epoch&apos;s batches so far; validation: measured at each epoch&apos;s end.
Drag to pan, wheel to zoom, double-click to show everything again.</source>
        <translation>Entrenamiento: la media acumulada de los lotes de la época hasta el momento; validación: medida al final de cada época.
Arrastra para desplazarte, usa la rueda para hacer zoom y haz doble clic para volver a verlo todo.</translation>
    </message>
    <message>
        <location filename="../../gui/training/second_curve.py" line="-1"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Epoch {0}&lt;/b&gt; — {1}. The shaded band is the gap between training and the test set, measured after each epoch (the run has no validation split, as the course&apos;s texts train).</source>
        <translation>&lt;b&gt;Época {0}&lt;/b&gt; — {1}. La banda sombreada es la diferencia entre el entrenamiento y el conjunto de prueba, medido tras cada época (la ejecución no tiene división de validación, como entrenan los textos del curso).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Epoch {0}&lt;/b&gt; — {1}. The shaded band is the gap between training and validation.</source>
        <translation>&lt;b&gt;Época {0}&lt;/b&gt; — {1}. La banda sombreada es la diferencia entre entrenamiento y validación.</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="+163"/>
        <source>Learning rate reduced from {0} to {1} after epoch {2} (ReduceLROnPlateau)</source>
        <translation>Tasa de aprendizaje reducida de {0} a {1} tras la época {2} (ReduceLROnPlateau)</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <location filename="../../gui/dialogs/dataset_dialog.py" line="+25"/>
        <source>Where is MNIST?</source>
        <translation>¿Dónde está MNIST?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Training needs the MNIST digits. DigitLab works offline and looked in:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;Ways to get it (the first two work offline):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Open MNIST file…&lt;/b&gt;: Keras&apos;s &lt;code&gt;mnist.npz&lt;/code&gt;, or one of the four IDX files (&lt;code&gt;train-images-idx3-ubyte&lt;/code&gt;, …, raw or &lt;code&gt;.gz&lt;/code&gt;). It is verified and copied into DigitLab&apos;s data folder; your file is not changed.&lt;/li&gt;&lt;li&gt;An instructor can set the environment variable &lt;code&gt;{1}&lt;/code&gt; to a shared copy for the whole lab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Download&lt;/b&gt; fetches it through Keras (about 11 MB; only when online).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Para entrenar se necesitan los dígitos de MNIST. DigitLab funciona sin conexión y ha buscado en:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;Formas de conseguirlos (las dos primeras sin internet):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Abrir archivo MNIST…&lt;/b&gt;: el &lt;code&gt;mnist.npz&lt;/code&gt; de Keras o uno de los cuatro archivos IDX (&lt;code&gt;train-images-idx3-ubyte&lt;/code&gt;, …, sin comprimir o &lt;code&gt;.gz&lt;/code&gt;). Se verifica y se copia en la carpeta de datos de DigitLab; tu archivo no se modifica.&lt;/li&gt;&lt;li&gt;Un docente puede definir la variable de entorno &lt;code&gt;{1}&lt;/code&gt; con la ruta de una copia compartida para todo el laboratorio.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Descargar&lt;/b&gt; lo obtiene a través de Keras (unos 11 MB; solo con conexión).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open MNIST file…</source>
        <translation>Abrir archivo MNIST…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open MNIST (mnist.npz or an IDX file)</source>
        <translation>Abrir MNIST (mnist.npz o un archivo IDX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST ({0});;All files ({1})</source>
        <translation>MNIST ({0});;Todos los archivos ({1})</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../core/data/datasets.py" line="+91"/>
        <source> in {0}</source>
        <translation> en {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing {0}{1} (expected keys {2})</source>
        <translation>faltan claves: {0}{1} (se esperan {2})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>x_{0}/y_{0}{1} must be numeric images and integer labels, not {2}/{3}</source>
        <translation>x_{0}/y_{0}{1} deben ser imágenes numéricas y etiquetas enteras, no {2}/{3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>x_{0}{1} must hold 28x28 images, not shape {2}</source>
        <translation>x_{0}{1} debe contener imágenes de 28x28, no de forma {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y_{0}{1} must hold one label per image ({2} images, labels of shape {3})</source>
        <translation>y_{0}{1} debe contener una etiqueta por imagen ({2} imágenes, etiquetas de forma {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_{0}{1} holds no images</source>
        <translation>x_{0}{1} no contiene imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y_{0}{1} has labels outside 0-9 (from {2} to {3})</source>
        <translation>y_{0}{1} tiene etiquetas fuera de 0-9 (de {2} a {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_{0}{1} contains NaN or infinite values</source>
        <translation>x_{0}{1} contiene valores NaN o infinitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>x_{0}{1} has pixel values outside 0-255</source>
        <translation>x_{0}{1} tiene valores de píxel fuera de 0-255</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dataset file</source>
        <translation>archivo de datos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} lacks MNIST&apos;s arrays {1} (found: {2})</source>
        <translation>a {0} le faltan los arrays de MNIST {1} (encontrados: {2})</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>MNIST could not be downloaded: {0}. Without internet, copy mnist.npz from a connected machine and import it</source>
        <translation>No se pudo descargar MNIST: {0}. Sin internet, copie mnist.npz desde un equipo conectado e impórtelo</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>{0} is not a readable .npz file ({1})</source>
        <translation>{0} no es un archivo .npz legible ({1})</translation>
    </message>
    <message>
        <location filename="../../core/data/npz_arrays.py" line="+40"/>
        <source>{0} holds pickled Python objects, which DigitLab never loads; save plain arrays with numpy.savez</source>
        <translation>{0} contiene objetos de Python serializados con pickle, que DigitLab nunca carga; guarda arrays simples con numpy.savez</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} would unpack to {1} MB ({2}: {3} MB); at most {4} MB are read</source>
        <translation>{0} ocuparía {1} MB al descomprimirse ({2}: {3} MB); se leen como máximo {4} MB</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} lists {1} members ({2} bytes of zip directory); an MNIST file has a few; refused</source>
        <translation>{0} enumera {1} miembros ({2} bytes de directorio zip); un archivo MNIST tiene pocos; rechazado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>integer labels</source>
        <translation>etiquetas enteras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} holds values of type {2}; it must hold {3}</source>
        <translation>{0}: {1} contiene valores de tipo {2}; debe contener {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one label per image</source>
        <translation>una etiqueta por imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>28x28 images</source>
        <translation>imágenes de 28x28</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} claims shape {2}; it must hold {3}</source>
        <translation>{0}: {1} declara la forma {2}; debe contener {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} claims shape {2}, {3} images; at most {4} per array are read</source>
        <translation>{0}: {1} declara la forma {2}, {3} imágenes; se leen como máximo {4} por array</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} claims shape {2} ({3} bytes) but holds {4} bytes</source>
        <translation>{0}: {1} declara la forma {2} ({3} bytes) pero contiene {4} bytes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1} is a .npy file of version {2}, which MNIST&apos;s arrays never need</source>
        <translation>{0}: {1} es un archivo .npy de la versión {2}, que los arrays de MNIST nunca necesitan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1} is not a readable .npy array ({2})</source>
        <translation>{0}: {1} no es un array .npy legible ({2})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: x_{1} claims {2} images but y_{1} {3} labels; it must hold one label per image</source>
        <translation>{0}: x_{1} declara {2} imágenes pero y_{1} {3} etiquetas; debe contener una etiqueta por imagen</translation>
    </message>
    <message>
        <location filename="../../core/data/datasets.py" line="+14"/>
        <source>{0} is a single .npy array, not MNIST&apos;s four arrays ({1})</source>
        <translation>{0} es un único array .npy, no los cuatro arrays de MNIST ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is gzip-compressed; give the .npz itself, or the folder holding the four IDX .gz files</source>
        <translation>{0} está comprimido con gzip; indica el propio .npz o la carpeta con los cuatro archivos IDX .gz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not an .npz file (MNIST comes as mnist.npz or four IDX files)</source>
        <translation>{0} no es un archivo .npz (MNIST viene como mnist.npz o como cuatro archivos IDX)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} ends in .gz but is not gzip data</source>
        <translation>{0} termina en .gz pero no contiene datos gzip</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>{0} is a damaged gzip or IDX file ({1})</source>
        <translation>{0} es un archivo gzip o IDX dañado ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is not an IDX file of unsigned bytes (bad magic number {1})</source>
        <translation>{0} no es un archivo IDX de bytes sin signo (número mágico incorrecto {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is truncated inside its header</source>
        <translation>{0} está truncado dentro de su cabecera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} says it holds {1} items of shape {2} ({3} bytes); MNIST holds at most {4} items of 28x28</source>
        <translation>{0} dice contener {1} elementos de forma {2} ({3} bytes); MNIST tiene como máximo {4} elementos de 28x28</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{0} says it holds {1} items ({2} bytes) but has more than {3} bytes of data</source>
        <translation>{0} dice contener {1} elementos ({2} bytes) pero tiene más de {3} bytes de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} says it holds {1} items ({2} bytes) but has {3} bytes of data</source>
        <translation>{0} dice contener {1} elementos ({2} bytes) pero solo tiene {3} bytes de datos</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} does not hold the four MNIST IDX files ({1}, optionally .gz)</source>
        <translation>{0} no contiene los cuatro archivos IDX de MNIST ({1}, opcionalmente .gz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} says it holds {1} images of shape {2} but {3} labels of shape {4}; it must hold one label per image</source>
        <translation>{0} declara {1} imágenes de forma {2} pero {3} etiquetas de forma {4}; debe contener una etiqueta por imagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} is a single .npy array; MNIST needs an .npz with {1} or the four IDX files</source>
        <translation>{0} es un único array .npy; MNIST necesita un .npz con {1} o los cuatro archivos IDX</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} does not exist</source>
        <translation>{0} no existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MNIST not found; looked in {0}. Fix: pass --data PATH (an .npz or a folder of IDX files), set {1}, import a file with &apos;import-data PATH&apos;, or download it with &apos;import-data --download&apos;</source>
        <translation>No se encontró MNIST; se buscó en {0}. Solución: pasa --data PATH (un .npz o una carpeta con archivos IDX), define {1}, importa un archivo con &apos;import-data PATH&apos; o descárgalo con &apos;import-data --download&apos;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>could not write {0} ({1})</source>
        <translation>no se pudo escribir {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../core/data/download_reason.py" line="+18"/>
        <source>the file arrived damaged</source>
        <translation>el archivo llegó dañado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection to the download server</source>
        <translation>no hay conexión con el servidor de descarga</translation>
    </message>
</context>
<context>
    <name>DigitLab</name>
    <message>
        <location filename="../../gui/app.py" line="+47"/>
        <source>Something went wrong: {0}

Your work is kept. Details are in {1}</source>
        <translation>Algo salió mal: {0}

Tu trabajo se conserva. Los detalles están en {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lab file not used: {0}</source>
        <translation>No se usó el archivo de configuración del laboratorio: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (moved to {0})</source>
        <translation> (movido a {0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DigitLab could not start: {0}. Details are in {1}</source>
        <translation>DigitLab no pudo iniciarse: {0}. Los detalles están en {1}</translation>
    </message>
</context>
<context>
    <name>DigitMapView</name>
    <message>
        <location filename="../../gui/views/digit_map_view.py" line="+24"/>
        <source>Each dot is a test image, placed by what the last hidden layer makes of it (its activations squeezed to two numbers by PCA) and coloured by its true digit. As the network learns, the digits gather into clusters. The ★ is your drawing; hover a dot to see its image.</source>
        <translation>Cada punto es una imagen de prueba, colocada según lo que la última capa oculta hace con ella (sus activaciones reducidas a dos números con PCA) y coloreada según su dígito real. A medida que la red aprende, los dígitos se reúnen en grupos. La ★ es tu dibujo; pasa el puntero sobre un punto para ver su imagen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Across: {0} % of how the images differ in that layer; up: {1} %.</source>
        <translation>Horizontal: {0} % de cómo difieren las imágenes en esa capa; vertical: {1} %.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a {0}</source>
        <translation>un {0}</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../gui/drawing/canvas.py" line="+61"/>
        <source>Draw a digit: left button draws, right button erases.
Ctrl+Z undo, Ctrl+Shift+Z redo, Esc or Delete clears.</source>
        <translation>Dibuja un dígito: el botón izquierdo dibuja y el derecho borra.
Ctrl+Z deshace, Ctrl+Mayús+Z rehace, Esc o Supr limpia.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>Draw a digit here</source>
        <translation>Dibuja un dígito aquí</translation>
    </message>
</context>
<context>
    <name>Epochs</name>
    <message numerus="yes">
        <location filename="../../core/training/history.py" line="+142"/>
        <source>%n epochs</source>
        <translation>
            <numerusform>%n época</numerusform>
            <numerusform>%n épocas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} epochs</source>
        <translation>{0} épocas</translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message>
        <location filename="../../gui/views/evaluate_view.py" line="+44"/>
        <source>MNIST test set</source>
        <translation>Conjunto de prueba MNIST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My drawings</source>
        <translation>Mis dibujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data set file…</source>
        <translation>Un archivo de datos…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there are no saved drawings yet: draw, then click the right digit under the bars</source>
        <translation>aún no hay dibujos guardados: dibuja y luego haz clic en el dígito correcto bajo las barras</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Which labelled images to score the current model (the one answering your drawings) on</source>
        <translation>Con qué imágenes etiquetadas evaluar el modelo actual (el que responde a tus dibujos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after each epoch</source>
        <translation>tras cada época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While training, evaluate again whenever an epoch ends</source>
        <translation>Durante el entrenamiento, volver a evaluar al terminar cada época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score on</source>
        <translation>Evaluar con</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click Evaluate: accuracy, loss and the confusion matrix of the model that is answering your drawings.</source>
        <translation>Haz clic en Evaluar: exactitud, pérdida y matriz de confusión del modelo que responde a tus dibujos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows: the true digit; columns: the network&apos;s answer. Click a cell to see those images.</source>
        <translation>Filas: el dígito real; columnas: la respuesta de la red. Haz clic en una celda para ver esas imágenes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy per digit</source>
        <translation>Exactitud por dígito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>Click a cell of the matrix to see its images here.</source>
        <translation>Haz clic en una celda de la matriz para ver aquí sus imágenes.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Evaluate on a data set file</source>
        <translation>Evaluar con un archivo de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST-layout data ({0})</source>
        <translation>Datos con formato MNIST ({0})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no model yet: train one or open a .keras file</source>
        <translation>aún no hay modelo: entrena uno o abre un archivo .keras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose a data set file first</source>
        <translation>primero elige un archivo de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluating {0} on {1}…</source>
        <translation>Evaluando {0} con {1}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MNIST test set</source>
        <translation>el conjunto de prueba de MNIST</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; on {1}: accuracy &lt;b&gt;{2} %&lt;/b&gt;, loss {3} — {4} of {5} wrong.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; con {1}: exactitud &lt;b&gt;{2} %&lt;/b&gt;, pérdida {3} — {4} de {5} mal clasificadas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot evaluate: {0}</source>
        <translation>No se puede evaluar: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read correctly</source>
        <translation>leído correctamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>leído como {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the {0} surest shown)</source>
        <translation> (se muestran las {0} de mayor confianza)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>True {0}, {1}: %n images{2}. Click one to see it large.</source>
        <translation>
            <numerusform>Dígito real {0}, {1}: %n imagen{2}. Haz clic en ella para verla en grande.</numerusform>
            <numerusform>Dígito real {0}, {1}: %n imágenes{2}. Haz clic en una para verla en grande.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image #{0} — {1}</source>
        <translation>Imagen #{0} — {1}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/file_actions.py" line="+69"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose MNIST…</source>
        <translation>Elegir MNIST…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Stop training before opening another model</source>
        <translation>Detén el entrenamiento antes de abrir otro modelo</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0});;All files ({1})</source>
        <translation>Modelos de Keras ({0});;Todos los archivos ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop training before saving the model</source>
        <translation>Detén el entrenamiento antes de guardar el modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run kept no model to save (it ended in NaN or could not be written)</source>
        <translation>Esta ejecución no conservó ningún modelo que guardar (terminó en NaN o no se pudo escribir)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+168"/>
        <source>Saved {0}</source>
        <translation>Se guardó {0}</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0})</source>
        <translation>Modelos de Keras ({0})</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no epoch to export yet: train a model or open one first</source>
        <translation>aún no hay épocas que exportar: entrena un modelo o abre uno primero</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export my drawings</source>
        <translation>Exportar mis dibujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>MNIST-layout data ({0})</source>
        <translation>Datos con formato MNIST ({0})</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Export the assignment&apos;s hand-in notebook</source>
        <translation>Exportar el cuaderno de entrega de la tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jupyter notebook ({0})</source>
        <translation>Cuaderno de Jupyter ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as notebook or script</source>
        <translation>Exportar como cuaderno o script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jupyter notebook ({0});;Python script ({1})</source>
        <translation>Cuaderno de Jupyter ({0});;Script de Python ({1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot fine-tune on {0}: {1}</source>
        <translation>No se puede afinar con {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train a model (or open one) first, then fine-tune it</source>
        <translation>Primero entrena un modelo (o abre uno) y luego afínalo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fine-tuning on {0} for %n epochs</source>
        <translation>
            <numerusform>Ajuste fino con {0} durante %n época</numerusform>
            <numerusform>Ajuste fino con {0} durante %n épocas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Fine-tune on a data set file</source>
        <translation>Afinar con un archivo de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs to train on MNIST plus {0}:</source>
        <translation>Épocas de entrenamiento con MNIST más {0}:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace a file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. Replace it?</source>
        <translation>{0}. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export curves</source>
        <translation>Exportar curvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image ({0});;SVG drawing ({1})</source>
        <translation>Imagen PNG ({0});;Dibujo SVG ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save lab report</source>
        <translation>Guardar informe de laboratorio</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Train a model (or open one) first: the report needs at least one</source>
        <translation>Primero entrena un modelo (o abre uno): el informe necesita al menos uno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the lab report ({0})…</source>
        <translation>Escribiendo el informe de laboratorio ({0})…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No report: {0}</source>
        <translation>Sin informe: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the lab report: {0}</source>
        <translation>Informe de laboratorio guardado: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MNIST not found — training needs it</source>
        <translation>No se encuentra MNIST: el entrenamiento lo necesita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MNIST: {0}</source>
        <translation>MNIST: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST is read from {0}</source>
        <translation>MNIST se lee de {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading MNIST…</source>
        <translation>Descargando MNIST…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MNIST verified and copied to {0}</source>
        <translation>MNIST verificado y copiado en {0}</translation>
    </message>
</context>
<context>
    <name>GradientsView</name>
    <message>
        <location filename="../../gui/views/gradients_view.py" line="+26"/>
        <source>One ridge per layer, input side on top. &lt;b&gt;Left:&lt;/b&gt; its weights. &lt;b&gt;Right:&lt;/b&gt; how strongly the loss pulls on them now (the gradient, on a log scale, measured on the same 512 training images after each epoch). A ridge far to the left barely learns: that is the &lt;i&gt;vanishing gradient&lt;/i&gt; (compare the sigmoid-deep preset with assignment 2).</source>
        <translation>Una cresta por capa, con el lado de entrada arriba. &lt;b&gt;Izquierda:&lt;/b&gt; sus pesos. &lt;b&gt;Derecha:&lt;/b&gt; con qué fuerza tira de ellos la pérdida en este momento (el gradiente, en escala logarítmica, medido sobre las mismas 512 imágenes de entrenamiento tras cada época). Una cresta muy a la izquierda apenas aprende: es el &lt;i&gt;desvanecimiento del gradiente&lt;/i&gt; (compara la plantilla sigmoid-deep con la práctica 2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Epoch:</source>
        <translation>Época:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go back to any epoch of this training</source>
        <translation>Volver a cualquier época de este entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weight value</source>
        <translation>valor del peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log10 |gradient|</source>
        <translation>log10 |gradiente|</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No model yet: train one or open a .keras file.</source>
        <translation>Aún no hay modelo: entrena uno o abre un archivo .keras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured after {0}: the epoch whose weights the model kept.</source>
        <translation>Medido tras {0}: la época cuyos pesos conservó el modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured after {0}.</source>
        <translation>Medido tras {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured after the last epoch.</source>
        <translation>Medido tras la última época.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradients are measured while training: Train (or Train more) to see them. The weights are this model&apos;s.</source>
        <translation>Los gradientes se miden durante el entrenamiento: pulsa Entrenar (o Entrenar más) para verlos. Los pesos son los de este modelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>output ({0})</source>
        <translation>salida ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer {0} ({1})</source>
        <translation>capa {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, {0} % zero</source>
        <translation>, {0} % en cero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>norm {0}</source>
        <translation>norma {0}</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../core/drawing/images.py" line="+32"/>
        <source>{0} does not exist</source>
        <translation>{0} no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a file</source>
        <translation>{0} no es un archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is {1}x{2} pixels; the limit is {3} megapixels</source>
        <translation>{0} mide {1}x{2} píxeles; el límite es de {3} megapíxeles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not an image DigitLab can read ({1})</source>
        <translation>{0} no es una imagen que DigitLab pueda leer ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be decoded ({1})</source>
        <translation>no se pudo decodificar {0} ({1})</translation>
    </message>
</context>
<context>
    <name>LabFile</name>
    <message>
        <location filename="../../core/training/lab.py" line="+99"/>
        <source>lab file {0} does not exist</source>
        <translation>el archivo de configuración del laboratorio {0} no existe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: {1} must be text</source>
        <translation>{0}: {1} debe ser texto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} is not valid TOML ({1})</source>
        <translation>{0} no es TOML válido ({1})</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{0} is not UTF-8 text</source>
        <translation>{0} no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} is nested too deeply to be a lab file</source>
        <translation>{0} está demasiado anidado para ser un archivo de configuración del laboratorio</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{0} cannot be read ({1})</source>
        <translation>no se puede leer {0} ({1})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown key {0} ignored</source>
        <translation>clave desconocida {0} ignorada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: presets must be a list of preset names</source>
        <translation>{0}: presets debe ser una lista de nombres de plantillas</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>unknown presets ignored: {0}</source>
        <translation>plantillas desconocidas ignoradas: {0}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>{0} is a folder, not a lab file</source>
        <translation>{0} es una carpeta, no un archivo de configuración del laboratorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>{0} is not a regular file, so not a lab file</source>
        <translation>{0} no es un archivo normal, así que no es un archivo de configuración del laboratorio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is too large to be a lab file</source>
        <translation>{0} es demasiado grande para ser un archivo de configuración del laboratorio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>none of its presets exists ({0}), so only {1} is offered</source>
        <translation>ninguna de sus plantillas existe ({0}), así que solo se ofrece {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allow_custom = false without presets: every preset is offered, its layers locked</source>
        <translation>allow_custom = false sin presets: se ofrecen todas las plantillas, con sus capas bloqueadas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0}: allow_custom must be true or false</source>
        <translation>{0}: allow_custom debe ser true o false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: seed must be a whole number from 0 to {1}</source>
        <translation>{0}: seed debe ser un número entero de 0 a {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: max_epochs must be a whole number from 1 to {1}</source>
        <translation>{0}: max_epochs debe ser un número entero de 1 a {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: mnist must be a path</source>
        <translation>{0}: mnist debe ser una ruta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mnist path {0} does not exist, so the usual places are searched</source>
        <translation>la ruta mnist {0} no existe, así que se busca en los lugares habituales</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <location filename="../../core/report/report.py" line="+42"/>
        <source>Is there any difference? If so, why?</source>
        <translation>¿Hay alguna diferencia? Si la hay, ¿por qué?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/report/report_settings.py" line="+18"/>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>tamaño de lote</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>restore best weights</source>
        <translation>restaurar los mejores pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>keep best epoch</source>
        <translation>conservar la mejor época</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>batch norm</source>
        <translation>normalización por lotes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout {0}</source>
        <translation>dropout {0}</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="+1"/>
        <location line="+229"/>
        <location filename="../../core/report/report_settings.py" line="-44"/>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>validation split</source>
        <translation>fracción de validación</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-225"/>
        <location line="+105"/>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>EarlyStopping patience</source>
        <translation>paciencia de EarlyStopping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReduceLROnPlateau patience</source>
        <translation>paciencia de ReduceLROnPlateau</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-187"/>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layers</source>
        <translation>capas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params</source>
        <translation>parám.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr</source>
        <translation>tasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train acc</source>
        <translation>exact. entr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val acc</source>
        <translation>exact. val.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test acc</source>
        <translation>exact. prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>stopped</source>
        <translation>fin del entrenamiento</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} logical cores)</source>
        <translation>{0} ({1} núcleos lógicos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown CPU</source>
        <translation>CPU desconocida</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>hidden layers</source>
        <translation>capas ocultas</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+24"/>
        <source>layers in detail</source>
        <translation>capas en detalle</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-114"/>
        <location line="+128"/>
        <source>training time</source>
        <translation>tiempo de entrenamiento</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output shape</source>
        <translation>forma de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validation split, as the course&apos;s texts train: the dashed curve is the test set, measured after each epoch.</source>
        <translation>Sin división de validación, como entrenan los textos del curso: la curva discontinua es el conjunto de prueba, medido tras cada época.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file has no training history.</source>
        <translation>Este archivo no tiene historial de entrenamiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First-layer weights</source>
        <translation>Pesos de la primera capa</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n units of the first hidden layer as 28×28 images (red: ink there excites the unit, blue: ink there inhibits it; each tile scaled to its own range).</source>
        <translation>
            <numerusform>%n unidad (la primera) de la primera capa oculta como imagen de 28×28 (rojo: la tinta ahí excita la unidad; azul: la tinta ahí la inhibe; cada recuadro escalado a su propio rango).</numerusform>
            <numerusform>Las primeras %n unidades de la primera capa oculta como imágenes de 28×28 (rojo: la tinta ahí excita la unidad; azul: la tinta ahí la inhibe; cada recuadro escalado a su propio rango).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(The map needs test images and a hidden layer.)</source>
        <translation>(El mapa necesita imágenes de prueba y una capa oculta.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left: the size of each layer&apos;s gradient after each epoch, on the same 512 training images (a layer far below the others learns slowly: vanishing gradients). Right: the last hidden layer&apos;s activations on {0} test images, squeezed to two numbers by PCA and coloured by digit; clear clusters mean the layer separates the digits.</source>
        <translation>Izquierda: el tamaño del gradiente de cada capa tras cada época, sobre las mismas 512 imágenes de entrenamiento (una capa muy por debajo de las demás aprende despacio: desvanecimiento del gradiente). Derecha: las activaciones de la última capa oculta para {0} imágenes de prueba, reducidas a dos números con PCA y coloreadas por dígito; si se ven grupos claros, la capa separa los dígitos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inside the network</source>
        <translation>Dentro de la red</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded test accuracy: {0}.</source>
        <translation>Exactitud en prueba registrada: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Test set</source>
        <translation>Conjunto de prueba</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No test data was given, so there is no confusion matrix.</source>
        <translation>No se dieron datos de prueba, así que no hay matriz de confusión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy &lt;b&gt;{0}&lt;/b&gt;, loss {1}: {2} of {3} test images wrong.</source>
        <translation>Exactitud &lt;b&gt;{0}&lt;/b&gt;, pérdida {1}: {2} de {3} imágenes de prueba mal clasificadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training set (final weights)</source>
        <translation>conjunto de entrenamiento (pesos finales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test set</source>
        <translation>conjunto de prueba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy per digit</source>
        <translation>Exactitud por dígito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mistakes it was surest of (true → predicted, probability):</source>
        <translation>Los errores de los que estaba más segura (real → predicho, probabilidad):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} points</source>
        <translation>{0} puntos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>final training accuracy</source>
        <translation>exactitud final de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training set accuracy (final weights)</source>
        <translation>exactitud en el conjunto de entrenamiento (pesos finales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final validation accuracy</source>
        <translation>exactitud final de validación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test accuracy</source>
        <translation>exactitud en prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss</source>
        <translation>pérdida en prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train − test accuracy gap</source>
        <translation>diferencia de exactitud entrenamiento − prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train − val accuracy gap</source>
        <translation>diferencia de exactitud entr. − val.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignment: the two networks side by side</source>
        <translation>Práctica: las dos redes, una al lado de la otra</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a report needs at least one model</source>
        <translation>un informe necesita al menos un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigitLab lab report</source>
        <translation>Informe de laboratorio de DigitLab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} training and {2} test images (fingerprint {3})</source>
        <translation>{0}: {1} imágenes de entrenamiento y {2} de prueba (huella {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no test data given (confusion matrices left out)</source>
        <translation>no se dieron datos de prueba (se omiten las matrices de confusión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by DigitLab {0} on {1}. Test data: {2}.</source>
        <translation>Generado por DigitLab {0} el {1}. Datos de prueba: {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: {0} &amp;nbsp; Group: {1}</source>
        <translation>Nombre: {0} &amp;nbsp; Grupo: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location filename="../../core/report/report_model.py" line="+90"/>
        <source>(no hidden layer)</source>
        <translation>(sin capa oculta)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../gui/translation.py" line="+73"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language changes when DigitLab starts again</source>
        <translation>El idioma cambiará la próxima vez que se inicie DigitLab</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <location filename="../../gui/training/layer_table.py" line="+26"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>act.</source>
        <translation>act.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop</source>
        <translation>dropout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurons in the layer</source>
        <translation>Neuronas de la capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation function</source>
        <translation>Función de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout after the layer</source>
        <translation>Dropout después de la capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch normalisation: after the activation (Dense → act. → BN) or before it (Dense → BN → act., as the lesson&apos;s Dense → BatchNormalization → ReLU)</source>
        <translation>Normalización por lotes: después de la activación (Dense → act. → BN) o antes (Dense → BN → act., como el Dense → BatchNormalization → ReLU de la lección)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L2 weight penalty</source>
        <translation>Penalización L2 de los pesos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input 784 pixels → these layers → softmax over the 10 digits</source>
        <translation>Entrada de 784 píxeles → estas capas → softmax sobre los 10 dígitos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a layer below the selected one</source>
        <translation>Añadir una capa debajo de la seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected layer</source>
        <translation>Quitar la capa seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected layer up</source>
        <translation>Subir la capa seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected layer down</source>
        <translation>Bajar la capa seleccionada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Units</source>
        <translation>Unidades</translation>
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
        <translation>Pesos y gradientes, capa por capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the last hidden layer sorts the digits</source>
        <translation>Cómo agrupa los dígitos la última capa oculta</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Computing the map…</source>
        <translation>Calculando el mapa…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No map: {0}</source>
        <translation>Sin mapa: {0}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>After {0}.</source>
        <translation>Tras {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>No map: the network has no hidden layer.</source>
        <translation>Sin mapa: la red no tiene capa oculta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+74"/>
        <source>DigitLab — how dense networks learn</source>
        <translation>DigitLab — cómo aprenden las redes densas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train, watch the curves, compare runs</source>
        <translation>Entrenar, seguir las curvas, comparar ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy, confusion matrix, mistakes</source>
        <translation>Exactitud en prueba, matriz de confusión, errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the network</source>
        <translation>La red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-layer weights and what your drawing does to the hidden layers</source>
        <translation>Pesos de la primera capa y lo que tu dibujo provoca en las capas ocultas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it learns</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights and gradients layer by layer; how the hidden layer sorts the digits</source>
        <translation>Pesos y gradientes capa por capa; cómo agrupa los dígitos la capa oculta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two models answering the same drawing</source>
        <translation>Dos modelos responden al mismo dibujo</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Training unavailable: {0}</source>
        <translation>Entrenamiento no disponible: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MNIST not found: choose the MNIST file first</source>
        <translation>No se encuentra MNIST: primero elige el archivo de MNIST</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>DigitLab — {0}</source>
        <translation>DigitLab — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lab file {0}: {1}</source>
        <translation>Archivo de configuración del laboratorio {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../core/model/model_files.py" line="+57"/>
        <source>model file</source>
        <translation>archivo de modelo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is a damaged or truncated .keras archive</source>
        <translation>{0} es un archivo .keras dañado o truncado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is not a Keras model (.keras or .h5)</source>
        <translation>{0} no es un modelo de Keras (.keras o .h5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is a damaged .keras archive ({1})</source>
        <translation>{0} es un archivo .keras dañado ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} would unpack to {2} MB (at most {3} MB for a dense MNIST model); refused</source>
        <translation>{0}: {1} ocuparía {2} MB al descomprimirse (como máximo {3} MB para un modelo denso de MNIST); rechazado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} would unpack to {1} MB; refused</source>
        <translation>{0} ocuparía {1} MB al descomprimirse; rechazado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the model has no single input and output</source>
        <translation>{0}: el modelo no tiene una única entrada y una única salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the model takes input of shape {1}, but MNIST digits are 784 values (28x28)</source>
        <translation>{0}: el modelo recibe entradas de forma {1}, pero los dígitos de MNIST son 784 valores (28x28)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+166"/>
        <source>{0}: the model gives {1} outputs, but digits have 10 classes</source>
        <translation>{0}: el modelo da {1} salidas, pero los dígitos tienen 10 clases</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>{0} contains code (a Lambda layer); DigitLab refuses to run code from model files</source>
        <translation>{0} contiene código (una capa Lambda); DigitLab se niega a ejecutar código de archivos de modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be loaded as a Keras model: {1}</source>
        <translation>no se pudo cargar {0} como modelo de Keras: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}: model files end in .keras</source>
        <translation>{0}: los archivos de modelo terminan en .keras</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>{0} has weights that are not numbers (NaN or infinity): its training diverged</source>
        <translation>{0} tiene pesos que no son números (NaN o infinito): su entrenamiento divergió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the model takes {1} inputs, but MNIST digits are 784 values (28x28)</source>
        <translation>{0}: el modelo recibe {1} entradas, pero los dígitos de MNIST son 784 valores (28x28)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: its layers do not fit together ({1})</source>
        <translation>{0}: sus capas no encajan entre sí ({1})</translation>
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
        <translation> &lt;i&gt;(devuelve logits: DigitLab aplica un softmax)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicting with: &lt;b&gt;{0}&lt;/b&gt;{1}</source>
        <translation>Modelo que responde: &lt;b&gt;{0}&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: train one or open a .keras file</source>
        <translation>Sin modelo: entrena uno o abre un archivo .keras</translation>
    </message>
</context>
<context>
    <name>ModelLayers</name>
    <message>
        <location filename="../../core/model/classifier.py" line="+82"/>
        <source>a classifier needs at least one layer</source>
        <translation>un clasificador necesita al menos una capa</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the model outputs {0} values, not 10 classes</source>
        <translation>el modelo produce {0} valores, no 10 clases</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_map.py" line="+55"/>
        <source>activation {0} is not supported (use relu, sigmoid, tanh or softmax)</source>
        <translation>la activación {0} no es compatible (usa relu, sigmoid, tanh o softmax)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the model has no layers DigitLab can run</source>
        <translation>el modelo no tiene capas que DigitLab pueda ejecutar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reshape layers other than to 784 are not supported</source>
        <translation>Solo se admiten capas Reshape a 784</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a Dense layer&apos;s weights are missing</source>
        <translation>faltan los pesos de una capa Dense</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>layer type {0} is not supported by the dense-network classifier</source>
        <translation>el clasificador de redes densas no admite el tipo de capa {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a BatchNormalization layer&apos;s weights are missing</source>
        <translation>faltan los pesos de una capa BatchNormalization</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../gui/training/model_panel.py" line="+79"/>
        <source>Preset:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom network</source>
        <translation>Red personalizada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate: step size of updates</source>
        <translation>Tasa de aprendizaje: tamaño del paso de cada actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum (SGD only)</source>
        <translation>Momento (solo SGD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per weight update</source>
        <translation>Ejemplos por cada actualización de los pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set</source>
        <translation>Pasadas por el conjunto de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation split</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of training data held out</source>
        <translation>Parte de los datos de entrenamiento que se reserva para validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same seed, same weights</source>
        <translation>Misma semilla, mismos pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping patience</source>
        <translation>Paciencia (parada temprana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when validation loss has not improved for this many epochs (0 = off); best weights are restored</source>
        <translation>Detener cuando la pérdida de validación no haya mejorado en este número de épocas (0 = desactivado); se restauran los mejores pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce LR patience</source>
        <translation>Paciencia (reducir tasa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halve the learning rate after this many epochs without improvement (0 = off)</source>
        <translation>Reducir a la mitad la tasa de aprendizaje tras este número de épocas sin mejora (0 = desactivado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the best epoch&apos;s weights</source>
        <translation>conservar los pesos de la mejor época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model summary</source>
        <translation>Resumen del modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output shape</source>
        <translation>forma de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the lab file&apos;s limit</source>
        <translation>límite del archivo de práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set (at most {0} in this lab)</source>
        <translation>Pasadas por el conjunto de entrenamiento (como máximo {0} en este laboratorio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The seed is set by the lab file</source>
        <translation>La semilla la fija el archivo de configuración del laboratorio</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&lt;b&gt;Total parameters: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;Parámetros totales: {0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Total parameters: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parámetros totales: {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MyDrawings</name>
    <message>
        <location filename="../../core/data/class_dataset.py" line="+41"/>
        <source>there are no drawings to export yet: save some first</source>
        <translation>aún no hay dibujos que exportar: guarda algunos primero</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>nothing to merge: the files hold no drawings</source>
        <translation>nada que combinar: los archivos no contienen dibujos</translation>
    </message>
    <message>
        <location filename="../../core/data/my_drawings.py" line="+107"/>
        <source>could not save the drawing ({0})</source>
        <translation>no se pudo guardar el dibujo ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n drawings in {0} are not well-formed (a label outside 0-9, an image that is not 28x28 or strokes that are not a list) and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n dibujo de {0} está mal formado (una etiqueta fuera de 0-9, una imagen que no es de 28×28 o trazos que no son una lista) y se omite; el archivo lo conserva</numerusform>
            <numerusform>%n dibujos de {0} están mal formados (una etiqueta fuera de 0-9, una imagen que no es de 28×28 o trazos que no son una lista) y se omiten; el archivo los conserva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n drawings</source>
        <translation>
            <numerusform>%n dibujo</numerusform>
            <numerusform>%n dibujos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>it has no images and labels</source>
        <translation>no contiene imágenes ni etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a readable .npz: {0}</source>
        <translation>no es un .npz legible: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds Python objects</source>
        <translation>contiene objetos de Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images are {0}, labels {1}</source>
        <translation>las imágenes tienen forma {0} y las etiquetas {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} images but {1} labels</source>
        <translation>{0} imágenes pero {1} etiquetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>labels must be whole numbers 0-9</source>
        <translation>las etiquetas deben ser números enteros del 0 al 9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pixels must be 0-255</source>
        <translation>los píxeles deben estar entre 0 y 255</translation>
    </message>
</context>
<context>
    <name>MyDrawingsBar</name>
    <message>
        <location filename="../../gui/drawing/my_drawings_bar.py" line="+55"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the current model on “my drawings”</source>
        <translation>Evaluar el modelo actual con “mis dibujos”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use in training</source>
        <translation>usar al entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “my drawings” to MNIST when training (Train more with this on fine-tunes the current model)</source>
        <translation>Añadir “mis dibujos” a MNIST al entrenar (con esto activado, Entrenar más afina el modelo actual)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as a {0} in “my drawings” ({1} in all)</source>
        <translation>Guardado como {0} en “mis dibujos” ({1} en total)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is using the drawings file: the {0} waits and is saved when it is free ({1} waiting)</source>
        <translation>Otro programa está usando el archivo de dibujos: el {0} espera y se guarda cuando quede libre ({1} en espera)</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Saved %n waiting drawings in “my drawings” ({0} in all)</source>
        <translation>
            <numerusform>Se guardó %n dibujo en espera en «mis dibujos» ({0} en total)</numerusform>
            <numerusform>Se guardaron %n dibujos en espera en «mis dibujos» ({0} en total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n waiting drawings could not be saved: {0}</source>
        <translation>
            <numerusform>No se pudo guardar %n dibujo en espera: {0}</numerusform>
            <numerusform>No se pudieron guardar %n dibujos en espera: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My drawings could not be read: {0}</source>
        <translation>No se pudieron leer mis dibujos: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>My drawings: the file could not be read</source>
        <translation>Mis dibujos: no se pudo leer el archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My drawings ({0}): {1}</source>
        <translation>Mis dibujos ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/views/network_view.py" line="+25"/>
        <source>First-layer weights</source>
        <translation>Pesos de la primera capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your drawing inside the network</source>
        <translation>Tu dibujo dentro de la red</translation>
    </message>
</context>
<context>
    <name>Neuron</name>
    <message>
        <location filename="../../core/evaluation/neuron.py" line="+56"/>
        <source>softmax, with the other units&apos; z: p = {0}</source>
        <translation>softmax, con las z de las demás unidades: p = {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>z = Σ wᵢxᵢ + b = {0} + (the other %n terms: {1}) + bias {2} = {3}</source>
        <translation>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (el otro %n término: {1}) + sesgo {2} = {3}</numerusform>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (los otros %n términos: {1}) + sesgo {2} = {3}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole layer at once: (1×784)·(784×{0}) + (1×{0}) → (1×{0})</source>
        <translation>Toda la capa a la vez: (1×784)·(784×{0}) + (1×{0}) → (1×{0})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output layer: logits zₖ = {0}</source>
        <translation>Capa de salida: logits zₖ = {0}</translation>
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
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>OutPath</name>
    <message>
        <location filename="../../core/store/out_path.py" line="+65"/>
        <source>{0} is inside DigitLab&apos;s own files ({1}), which would be damaged; choose a place outside it</source>
        <translation>{0} está dentro de los archivos propios de DigitLab ({1}), que se dañarían; elige un lugar fuera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is a folder; name a file to write</source>
        <translation>{0} es una carpeta; indica un archivo para escribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a regular file; name a file to write</source>
        <translation>{0} no es un archivo normal; indica un archivo para escribir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} already exists and is not a {1} file, so it would be replaced by one of another kind</source>
        <translation>{0} ya existe y no es un archivo {1}, así que se reemplazaría por uno de otro tipo</translation>
    </message>
</context>
<context>
    <name>Overfitting</name>
    <message>
        <location filename="../../core/training/overfitting.py" line="+36"/>
        <source>No validation data: the gap cannot be measured</source>
        <translation>Sin datos de validación: no se puede medir la diferencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accuracy gap (train, mean over the epoch − test) {0} points</source>
        <translation>diferencia de exactitud (entrenamiento, media de la época − prueba) {0} puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accuracy gap (train, mean over the epoch − val) {0} points</source>
        <translation>diferencia de exactitud (entr., media de la época − val.) {0} puntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loss gap (test − train, mean over the epoch) {0}</source>
        <translation>diferencia de pérdida (prueba − entrenamiento, media de la época) {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss gap (val − train, mean over the epoch) {0}</source>
        <translation>diferencia de pérdida (val. − entr., media de la época) {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test loss rose in epoch {0}</source>
        <translation>la pérdida de prueba subió en la época {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val loss rose in epoch {0}</source>
        <translation>épocas en que subió la pérdida de validación: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lowest test loss at epoch {0}</source>
        <translation>menor pérdida de prueba en la época {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest val loss at epoch {0}</source>
        <translation>pérdida de validación mínima en la época {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EarlyStopping at epoch {0}</source>
        <translation>EarlyStopping en la época {0}</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <location filename="../../gui/drawing/pixel_view.py" line="+41"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} by {1} pixels, {2} of them inked</source>
        <translation>{0} por {1} píxeles, {2} con tinta</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../gui/drawing/prediction_panel.py" line="+40"/>
        <source>cropped</source>
        <translation>recortado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>redrawn</source>
        <translation>redibujado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crop to the ink&apos;s bounding box. The redrawn strokes already fill a box of one size, so unticking this alone changes little: untick “redrawn” too to see it</source>
        <translation>Recortar al rectángulo que ocupa la tinta. Los trazos redibujados ya llenan un recuadro de tamaño fijo, así que desmarcar solo esto cambia poco: desmarque también «redibujado» para verlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thinned</source>
        <translation>adelgazado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>centred</source>
        <translation>centrado</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Redraw the strokes at one size with the same pen, so a digit drawn small reaches the network like one drawn large</source>
        <translation>Redibujar los trazos a un solo tamaño con el mismo lápiz, para que un dígito dibujado pequeño llegue a la red como uno dibujado grande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thin strokes thicker than a tenth of the digit&apos;s size, as thick as MNIST&apos;s</source>
        <translation>Adelgazar los trazos más gruesos que una décima parte del dígito, como los de MNIST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale the longer side to 20 px, keeping the aspect</source>
        <translation>Escalar el lado más largo a 20 px, manteniendo la proporción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the centre of mass at the centre. A balanced digit&apos;s centre of mass is already near its box&apos;s centre, so unticking moves it a pixel or not at all; on a lopsided one (a 7 with a long top bar, a 4 with a long stem) it moves the digit</source>
        <translation>Poner el centro de masa en el centro. En un dígito equilibrado el centro de masa ya está cerca del centro de su recuadro, así que desmarcar lo mueve un píxel o nada; en uno descompensado (un 7 con una barra larga, un 4 con un tallo largo) mueve el dígito</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0}. Untick to see what the step contributes.</source>
        <translation>{0}. Desmárcalo para ver qué aporta este paso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>network input (28×28)</source>
        <translation>entrada de la red (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit on the canvas: the 28×28 pixels the network reads appear here</source>
        <translation>Dibuja un dígito en el lienzo: aquí aparecen los 28×28 píxeles que lee la red</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this drawing as a {0} in “my drawings”, whether the answer was right or wrong</source>
        <translation>Guardar este dibujo como {0} en “mis dibujos”, tanto si la respuesta fue correcta como si no</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../core/model/architectures.py" line="+296"/>
        <source>Assignment 1: 32-16</source>
        <translation>Práctica 1: 32-16</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assignment 2: 1024-512-256-128-64</source>
        <translation>Práctica 2: 1024-512-256-128-64</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>128-64 with dropout 0.2</source>
        <translation>128-64 con dropout 0.2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>256-128 with batch norm and dropout 0.3</source>
        <translation>256-128 con normalización por lotes y dropout 0.3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>One hidden layer of 100</source>
        <translation>Una capa oculta de 100</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>the checkpoint&apos;s example</source>
        <translation>el ejemplo del checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigitLab&apos;s own, not from the course texts</source>
        <translation>propio de DigitLab, no de los textos del curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assignment&apos;s task 1: two small relu layers, trained like the checkpoint&apos;s example (SGD, batch 32, no validation split), 20 epochs.</source>
        <translation>Tarea 1 del trabajo: dos capas relu pequeñas, entrenadas como el ejemplo del checkpoint (SGD, lote 32, sin división de validación), 20 épocas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the assignment, task 1</source>
        <translation>el trabajo, tarea 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assignment&apos;s task 2: a deep, wide net, trained like the checkpoint&apos;s example, 20 epochs.</source>
        <translation>Tarea 2 del trabajo: una red profunda y ancha, entrenada como el ejemplo del checkpoint, 20 épocas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assignment, task 2</source>
        <translation>el trabajo, tarea 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint example 256-128 (SGD)</source>
        <translation>Ejemplo del checkpoint 256-128 (SGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checkpoint&apos;s example: SGD with Keras&apos;s defaults (learning rate 0.01, no momentum), batch 32, 30 epochs, no validation split.</source>
        <translation>El ejemplo del checkpoint: SGD con los valores por defecto de Keras (tasa de aprendizaje 0,01, sin momento), lote 32, 30 épocas, sin división de validación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lesson&apos;s dropout example (Sequential and Functional API): dropout 0.2, Adam, batch 128.</source>
        <translation>El ejemplo de dropout de la lección (API Sequential y Functional): dropout 0,2, Adam, lote 128.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>the lesson, section Dropout</source>
        <translation>la lección, sección Dropout</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>256-128 with dropout 0.5 / 0.3</source>
        <translation>256-128 con dropout 0.5 / 0.3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson&apos;s variant: heavier dropout on the wider layer.</source>
        <translation>La variante de la lección: más dropout en la capa más ancha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>256-128 with L2(0.01)</source>
        <translation>256-128 con L2(0.01)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s variant: L2 weight penalty 0.01 on each hidden layer.</source>
        <translation>La variante de la lección: penalización L2 de 0.01 en los pesos de cada capa oculta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, section L2 regularization</source>
        <translation>la lección, sección Regularización L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>256-128 with Dense → BatchNorm → ReLU</source>
        <translation>256-128 con Dense → BatchNorm → ReLU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson&apos;s batch norm example: the batch norm sits between each Dense layer and its relu.</source>
        <translation>El ejemplo de normalización por lotes de la lección: la normalización va entre cada capa Dense y su relu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, section Batch normalization</source>
        <translation>la lección, sección Normalización por lotes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lesson&apos;s complete example: batch norm and dropout 0.3, EarlyStopping(patience 5, restore best).</source>
        <translation>El ejemplo completo de la lección: normalización por lotes y dropout 0,3, EarlyStopping (paciencia 5, restaurar los mejores).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, the complete example</source>
        <translation>la lección, el ejemplo completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment 1 with Adam (extra)</source>
        <translation>Tarea 1 con Adam (extra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigitLab&apos;s extra, not the assignment&apos;s settings: task 1&apos;s net with Adam and validation 0.1.</source>
        <translation>Un extra de DigitLab, no los ajustes del trabajo: la red de la tarea 1 con Adam y validación 0,1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignment 2 with Adam (extra)</source>
        <translation>Tarea 2 con Adam (extra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigitLab&apos;s extra, not the assignment&apos;s settings: task 2&apos;s net with Adam and validation 0.1.</source>
        <translation>Un extra de DigitLab, no los ajustes del trabajo: la red de la tarea 2 con Adam y validación 0,1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DigitLab&apos;s own: the smallest useful net, 784-100-10.</source>
        <translation>Propio de DigitLab: la red útil más pequeña, 784-100-10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sigmoid 1024-512-256-128-64 (vanishing gradients)</source>
        <translation>Sigmoide 1024-512-256-128-64 (desvanecimiento del gradiente)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DigitLab&apos;s own: assignment 2 with sigmoid; compare the first layers&apos; gradients with relu&apos;s.</source>
        <translation>Propio de DigitLab: la tarea 2 con sigmoide; compara los gradientes de las primeras capas con los de relu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DigitLab&apos;s own: 784 inputs straight to 10 outputs, 7,850 parameters: is depth worth it?</source>
        <translation>Propio de DigitLab: 784 entradas directamente a 10 salidas, 7.850 parámetros: ¿vale la pena la profundidad?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No hidden layer (softmax regression)</source>
        <translation>Sin capa oculta (regresión softmax)</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../gui/drawing/probability_bars.py" line="+40"/>
        <source>no drawing</source>
        <translation>sin dibujo</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../core/report/program_file.py" line="+38"/>
        <source>no free name for the program&apos;s model beside {0}</source>
        <translation>no hay un nombre libre para el modelo del programa junto a {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: a program is a Jupyter notebook (.ipynb) or a Python script (.py)</source>
        <translation>{0}: un programa es un cuaderno de Jupyter (.ipynb) o un script de Python (.py)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: the hand-in is one Jupyter notebook (.ipynb)</source>
        <translation>{0}: la entrega es un único cuaderno de Jupyter (.ipynb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} keeps its best epoch in a file of its own; the hand-in writes no file: export it alone</source>
        <translation>{0} guarda su mejor época en un archivo propio; la entrega no escribe ningún archivo: expórtalo por separado</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../core/training/run_store.py" line="+40"/>
        <source>runs could not be read: {0}</source>
        <translation>no se pudieron leer las ejecuciones: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n runs in {0} are not well-formed and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n entrenamiento de {0} está mal formado y se omite; el archivo lo conserva</numerusform>
            <numerusform>%n entrenamientos de {0} están mal formados y se omiten; el archivo los conserva</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not save runs ({0}); earlier runs are intact</source>
        <translation>no se pudieron guardar las ejecuciones ({0}); las anteriores están intactas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not a list of runs</source>
        <translation>no es una lista de ejecuciones</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../gui/training/runs_panel.py" line="+27"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layers</source>
        <translation>capas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>val acc</source>
        <translation>exact. val.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test acc</source>
        <translation>exact. prueba</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;layers {1} · {2} parameters&lt;br&gt;{3}, learning rate {4}, batch {5}, seed {6}&lt;br&gt;training accuracy {7} · validation {8} · test {9}&lt;br&gt;{10} in {11} s — {12}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;capas {1} · {2} parámetros&lt;br&gt;{3}, tasa de aprendizaje {4}, lote {5}, semilla {6}&lt;br&gt;exactitud de entrenamiento {7} · validación {8} · prueba {9}&lt;br&gt;{10} en {11} s — {12}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tick runs to compare their curves; double-click a name to rename it</source>
        <translation>Marca ejecuciones para comparar sus curvas; haz doble clic en un nombre para cambiarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete selected run</source>
        <translation>Eliminar la ejecución seleccionada</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Delete run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the run “{0}”? Its kept model goes too; models you saved yourself stay.</source>
        <translation>¿Eliminar la ejecución “{0}”? También se elimina el modelo que conservaba; los modelos que guardaste tú se mantienen.</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../gui/views/sample_dialog.py" line="+26"/>
        <source>what the network sees (28×28)</source>
        <translation>lo que ve la red (28×28)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>right</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>incorrecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True digit &lt;b&gt;{0}&lt;/b&gt; · predicted &lt;b&gt;{1}&lt;/b&gt; ({2} %) · {3}. The network gave the true digit {4} %. &lt;span style=&apos;color:#3ca050&apos;&gt;Green&lt;/span&gt;: the true digit; &lt;span style=&apos;color:#f08c1e&apos;&gt;orange&lt;/span&gt;: the answer.</source>
        <translation>Dígito real &lt;b&gt;{0}&lt;/b&gt; · predicho &lt;b&gt;{1}&lt;/b&gt; ({2} %) · {3}. La red dio al dígito real un {4} %. &lt;span style=&apos;color:#3ca050&apos;&gt;Verde&lt;/span&gt;: el dígito real; &lt;span style=&apos;color:#f08c1e&apos;&gt;naranja&lt;/span&gt;: la respuesta.</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <location filename="../../gui/views/sample_gallery.py" line="+58"/>
        <source>test image #{0}: true {1}, predicted {2}</source>
        <translation>imagen de prueba #{0}: real {1}, predicho {2}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../gui/session.py" line="+92"/>
        <source>bundled default model</source>
        <translation>modelo predeterminado incluido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model you used last could not be read ({0}); the bundled one answers</source>
        <translation>No se pudo leer el último modelo que usó ({0}); responde el modelo incluido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No default model: {0}</source>
        <translation>Sin modelo predeterminado: {0}</translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <location filename="../../core/model/architectures.py" line="-304"/>
        <source>batch_norm_before needs batch_norm: there is no batch norm to place before the activation</source>
        <translation>batch_norm_before necesita batch_norm: no hay normalización por lotes que poner antes de la activación</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+74"/>
        <source>at most {0} hidden layers, not {1}</source>
        <translation>como máximo {0} capas ocultas, no {1}</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+135"/>
        <location filename="../../core/model/layer_grammar.py" line="+35"/>
        <source>layer {0}: {1}</source>
        <translation>capa {0}: {1}</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>the network has {0} parameters; at most {1} can be trained on a lab computer with 8 GB of memory</source>
        <translation>la red tiene {0} parámetros; en un ordenador de laboratorio con 8 GB de memoria se pueden entrenar como mucho {1}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{0} is missing</source>
        <translation>falta {0}</translation>
    </message>
    <message>
        <location filename="../../core/model/spec_checks.py" line="+29"/>
        <source>{0} must be a whole number from {1} to {2}, not {3}</source>
        <translation>{0} debe ser un número entero de {1} a {2}, no {3}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} must be a number above {1} and at most {2}, not {3}</source>
        <translation>{0} debe ser un número mayor que {1} y como mucho {2}, no {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a number from {1} to {2}, not {3}</source>
        <translation>{0} debe ser un número de {1} a {2}, no {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be true or false, not {1}</source>
        <translation>{0} debe ser true o false, no {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be one of {1}, not {2}</source>
        <translation>{0} debe ser uno de {1}, no {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} must be one line of at most {1} printable characters, not {2}</source>
        <translation>{0} debe ser una línea de como mucho {1} caracteres imprimibles, no {2}</translation>
    </message>
    <message>
        <location filename="../../core/model/architectures.py" line="-87"/>
        <location line="+57"/>
        <location line="+17"/>
        <source>a spec needs a list of layers</source>
        <translation>una especificación necesita una lista de capas</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>layers are written as unit counts joined by &apos;-&apos;, like 256-128; got {0}</source>
        <translation>las capas se escriben como números de unidades unidos por &apos;-&apos;, por ejemplo 256-128; se recibió {0}</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>no preset {0}; presets: {1}</source>
        <translation>no existe la plantilla {0}; plantillas: {1}</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_grammar.py" line="+8"/>
        <source>a layer starts with its number of units, like 256:relu; got {0}</source>
        <translation>una capa empieza por su número de neuronas, como 256:relu; se recibió {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dropout comes last in a layer, after {0}</source>
        <translation>el dropout va al final de una capa, después de {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read {0}: a layer&apos;s parts are relu, sigmoid or tanh, bn, dropout=RATE and l2=FACTOR, each once</source>
        <translation>no se puede leer {0}: las partes de una capa son relu, sigmoid o tanh, bn, dropout=TASA y l2=FACTOR, cada una una vez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} must be a number, not {1}</source>
        <translation>{0} debe ser un número, no {1}</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message>
        <location filename="../../core/training/progress.py" line="+22"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by user</source>
        <translation>detenido por el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>early stopping</source>
        <translation>parada temprana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss became NaN</source>
        <translation>la pérdida se volvió NaN</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../core/store/atomic.py" line="+54"/>
        <source>cannot write in {0} ({1})</source>
        <translation>no se puede escribir en {0} ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not save {0} ({1}); the previous file is unchanged</source>
        <translation>no se pudo guardar {0} ({1}); el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <location filename="../../core/store/database.py" line="+111"/>
        <source>cannot open {0} ({1})</source>
        <translation>no se puede abrir {0} ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not save to {0} ({1}); everything saved before is intact</source>
        <translation>no se pudo guardar en {0} ({1}); todo lo guardado antes está intacto</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{0} could not be read ({1}); it was moved to {2} and a new one started</source>
        <translation>no se pudo leer {0} ({1}); se movió a {2} y se empezó uno nuevo</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+5"/>
        <location line="+33"/>
        <source>cannot use {0} ({1})</source>
        <translation>no se puede usar {0} ({1})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>the integrity check failed</source>
        <translation>la comprobación de integridad falló</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{0} could not be read ({1}); it was moved to {2}</source>
        <translation>no se pudo leer {0} ({1}); se movió a {2}</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>{0} is busy: another program is using it; try again in a moment</source>
        <translation>{0} está ocupado: otro programa lo está usando; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing can be saved: {0}</source>
        <translation>no se puede guardar nada: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it was made by a newer DigitLab (schema {0}; this version knows {1})</source>
        <translation>la creó una versión más reciente de DigitLab (esquema {0}; esta versión conoce el {1})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it was opened read-only</source>
        <translation>se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data folder {0} cannot be made ({1})</source>
        <translation>no se puede crear la carpeta de datos {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder {0} is read-only</source>
        <translation>la carpeta de datos {0} es de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is write-protected</source>
        <translation>el archivo está protegido contra escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is write-protected</source>
        <translation>{0} está protegido contra escritura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} cannot be changed ({1})</source>
        <translation>{0} no se puede modificar ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} could not be read ({1}) nor moved aside</source>
        <translation>{0} no se pudo leer ({1}) ni apartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} could not be read</source>
        <translation>{0} no se pudo leer</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} is open read-only: {1}; drawing and predicting work, nothing is saved</source>
        <translation>{0} está abierto en modo de solo lectura: {1}; dibujar y predecir funcionan, no se guarda nada</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{0} imported from {1} (kept as {2})</source>
        <translation>{1} importado: {0} (se conserva como {2})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(could not be moved)</source>
        <translation>(no se pudo mover)</translation>
    </message>
    <message>
        <location filename="../../core/store/plain.py" line="+47"/>
        <source>{0} is a folder, not a {1}</source>
        <translation>{0} es una carpeta, no un {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} does not exist</source>
        <translation>{0} no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} cannot be read (permission denied)</source>
        <translation>no se puede leer {0} (permiso denegado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is empty</source>
        <translation>{0} está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1} MB, too large for a {2}</source>
        <translation>{0} ocupa {1} MB, demasiado para un {2}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../gui/task_runner.py" line="+150"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../gui/training/training_controls.py" line="+42"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new network with these settings</source>
        <translation>Entrenar una red nueva con estos ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch; the weights are kept</source>
        <translation>Detener tras el lote actual; los pesos se conservan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train more</source>
        <translation>Entrenar más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from the current weights</source>
        <translation>Continuar desde los pesos actuales</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>idle</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a network and press Train, or draw a digit →</source>
        <translation>Elige una red y pulsa Entrenar, o dibuja un dígito →</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> epochs</source>
        <comment>after the number of epochs</comment>
        <translation>
            <numerusform> época</numerusform>
            <numerusform> épocas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0} of {1}</source>
        <translation>época {0} de {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>epoch {0} (%n more)</source>
        <translation>
            <numerusform>época {0} (%n más)</numerusform>
            <numerusform>época {0} (%n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>epoch {0} ({1} of %n more)</source>
        <translation>
            <numerusform>época {0} ({1} de %n más)</numerusform>
            <numerusform>época {0} ({1} de %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Training… the canvas predicts with the newest epoch.</source>
        <translation>Entrenando… tu dibujo ya se reconoce con el estado de la época más reciente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} · batch {1}/{2} · {3} elapsed · ETA {4}</source>
        <translation>{0} · lote {1}/{2} · {3} transcurrido · faltan {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, validation {0} %</source>
        <translation>, validación {0} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch {0}: training accuracy {1} %{2}, loss {3}</source>
        <translation>Época {0}: exactitud de entrenamiento {1} %{2}, pérdida {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training failed: {0}</source>
        <translation>El entrenamiento falló: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingFlow</name>
    <message>
        <location filename="../../gui/training/training_flow.py" line="+113"/>
        <source>Opened {0}</source>
        <translation>Se abrió {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened {0}: test accuracy {1} %</source>
        <translation>Se abrió {0}: exactitud en prueba {1} %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: its training settings were not used ({1})</source>
        <translation>{0}: no se usó su configuración de entrenamiento ({1})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Train a model (or open one) first</source>
        <translation>Primero entrena un modelo (o abre uno)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (continued from {1})</source>
        <translation>{0} (continuación de {1})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot train this network: {0}</source>
        <translation>No se puede entrenar esta red: {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} (epoch {1})</source>
        <translation>{0} (época {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epoch {0}</source>
        <translation>la época {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>test accuracy {0} % (loss {1}), </source>
        <translation>exactitud en prueba {0} % (pérdida {1}), </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Note: {0}.</source>
        <translation> Nota: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: {0}{1} in {2} s — {3}.{4}</source>
        <translation>Terminado: {0}{1} en {2} s — {3}.{4}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Training {0}</source>
        <translation>Entrenamiento: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The run&apos;s model could not be read back: {0}</source>
        <translation>No se pudo volver a leer el modelo de la ejecución: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>out of memory: try fewer or smaller layers, or a smaller batch size</source>
        <translation>memoria insuficiente: prueba con menos capas o más pequeñas, o con un tamaño de lote menor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training failed: {0}</source>
        <translation>El entrenamiento falló: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training is unavailable on this machine: {0}. Drawing and predicting with the bundled models still work.</source>
        <translation>El entrenamiento no está disponible en este equipo: {0}. Dibujar y predecir con los modelos incluidos sigue funcionando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TensorFlow is ready to train</source>
        <translation>TensorFlow está listo para entrenar</translation>
    </message>
</context>
<context>
    <name>TrainingNotes</name>
    <message>
        <location filename="../../core/model/network.py" line="+93"/>
        <source>the model had no optimizer: compiled with {0} (learning rate {1}), with a loss that reads its logits</source>
        <translation>el modelo no tenía optimizador: se compiló con {0} (tasa de aprendizaje {1}), con una pérdida que lee sus logits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model had no optimizer: compiled with {0} (learning rate {1})</source>
        <translation>el modelo no tenía optimizador: se compiló con {0} (tasa de aprendizaje {1})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file&apos;s optimizer could not continue with this model, so a new {0} with the same settings continues it</source>
        <translation>el optimizador del archivo no podía continuar con este modelo, así que un {0} nuevo con los mismos ajustes lo continúa</translation>
    </message>
    <message>
        <location filename="../../core/training/train.py" line="+141"/>
        <source>the loss became NaN, so the model keeps the weights of epoch {0}, the last finite one</source>
        <translation>la pérdida se volvió NaN, así que el modelo conserva los pesos de la época {0}, la última finita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the loss became NaN before any epoch ended, so no model was kept; try a smaller learning rate</source>
        <translation>la pérdida se volvió NaN antes de terminar ninguna época, así que no se conservó ningún modelo; prueba con una tasa de aprendizaje menor</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <location filename="../../core/training/training_process.py" line="+134"/>
        <source>the training process ended unexpectedly (exit code {0}); the next training starts a new one</source>
        <translation>el proceso de entrenamiento terminó inesperadamente (código de salida {0}); el próximo entrenamiento inicia uno nuevo</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../core/training/session.py" line="+109"/>
        <source>Loading TensorFlow and MNIST…</source>
        <translation>Cargando TensorFlow y MNIST…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training cancelled before it started</source>
        <translation>entrenamiento cancelado antes de empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluating on the test set…</source>
        <translation>Evaluando con el conjunto de prueba…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the run&apos;s model could not be kept: {0}</source>
        <translation>no se pudo conservar el modelo de la ejecución: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the run “{0}” kept no model to continue</source>
        <translation>la ejecución “{0}” no conservó ningún modelo que continuar</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../gui/views/weights_view.py" line="+110"/>
        <source>show</source>
        <translation>mostrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many first-layer units to show (the first ones)</source>
        <translation>Cuántas unidades de la primera capa mostrar (las primeras)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first {0}</source>
        <translation>las primeras {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>First hidden layer: %n units, {0} shown</source>
        <translation>
            <numerusform>Primera capa oculta: %n unidad; se muestran: {0}</numerusform>
            <numerusform>Primera capa oculta: %n unidades; se muestran: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hidden layer: the 10 output units, one per digit (0 to 9), so each tile is a template of its digit</source>
        <translation>Sin capa oculta: las 10 unidades de salida, una por dígito (del 0 al 9), así que cada recuadro es un patrón de su dígito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Each tile is one unit&apos;s 784 input weights: &lt;span style=&apos;color:#b2182b&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; — ink there excites the unit, &lt;span style=&apos;color:#2166ac&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; — ink there inhibits it (each tile scaled to its own range).</source>
        <translation>{0}. Cada recuadro son los 784 pesos de entrada de una unidad: &lt;span style=&apos;color:#b2182b&apos;&gt;&lt;b&gt;rojo&lt;/b&gt;&lt;/span&gt; — la tinta ahí excita la unidad, &lt;span style=&apos;color:#2166ac&apos;&gt;&lt;b&gt;azul&lt;/b&gt;&lt;/span&gt; — la tinta ahí la inhibe (cada recuadro escalado a su propio rango).</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gui/window_menus.py" line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>En&amp;trenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>About DigitLab</source>
        <translation>Acerca de DigitLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;DigitLab&lt;/b&gt;&lt;br&gt;Train dense networks on MNIST, watch them learn, and draw digits for them to read.&lt;br&gt;&lt;br&gt;MNIST by Y. LeCun, C. Cortes and C. Burges (CC BY-SA 3.0).</source>
        <translation>&lt;b&gt;DigitLab&lt;/b&gt;&lt;br&gt;Entrena redes densas con MNIST, observa cómo aprenden y dibuja dígitos para que los lean.&lt;br&gt;&lt;br&gt;MNIST de Y. LeCun, C. Cortes y C. Burges (CC BY-SA 3.0).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save model…</source>
        <translation>&amp;Guardar modelo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export curves (PNG or SVG)…</source>
        <translation>Exportar curvas (PNG o SVG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history (CSV)…</source>
        <translation>Exportar historial (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as notebook or script…</source>
        <translation>Exportar como cuaderno o script…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the assignment&apos;s hand-in notebook…</source>
        <translation>Exportar el cuaderno de entrega de la tarea…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export my drawings (class data set)…</source>
        <translation>Exportar mis dibujos (datos de la clase)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab &amp;report (HTML)…</source>
        <translation>&amp;Informe de laboratorio (HTML)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose MNIST data…</source>
        <translation>Elegir datos MNIST…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo stroke</source>
        <translation>Deshacer trazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo stroke</source>
        <translation>Rehacer trazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear canvas</source>
        <translation>Limpiar lienzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train &amp;more</source>
        <translation>Entrenar &amp;más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fine-tune on a data set file…</source>
        <translation>Afinar con un archivo de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train more on MNIST plus a class data set (Export my drawings, or main.py drawings merge)</source>
        <translation>Entrenar más con MNIST y un conjunto de datos de la clase (Exportar mis dibujos, o main.py drawings merge)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show “{0}”</source>
        <translation>Mostrar “{0}”</translation>
    </message>
</context>
<context>
    <name>_Grid</name>
    <message>
        <location filename="../../gui/views/weights_view.py" line="-68"/>
        <source>unit {0}: click to see its arithmetic on your drawing</source>
        <translation>unidad {0}: haz clic para ver su aritmética sobre tu dibujo</translation>
    </message>
</context>
<context>
    <name>_LayerBlocks</name>
    <message>
        <location filename="../../gui/views/activations_view.py" line="-231"/>
        <source>Draw a digit to see the hidden layers light up</source>
        <translation>Dibuja un dígito para ver cómo se iluminan las capas ocultas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>One cell per unit: white = silent (0), dark orange = the layer&apos;s strongest.</source>
        <translation>Una celda por unidad: blanco = inactiva (0), naranja oscuro = la más fuerte de la capa.</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="-218"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a .keras file</source>
        <translation>Comparar con un archivo .keras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input 28×28</source>
        <translation>entrada 28×28</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Compare with a model</source>
        <translation>Comparar con un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0})</source>
        <translation>Modelos de Keras ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model chosen</source>
        <translation>Ningún modelo elegido</translation>
    </message>
</context>
</TS>
