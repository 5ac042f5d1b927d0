<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivationsView</name>
    <message>
        <location filename="../../gui/views/activations_view.py" line="+157"/>
        <source>The pixels of the terms listed: orange excites the unit, blue inhibits it; the small numbers match the list</source>
        <translation>Les pixels des termes listés&#xa0;: orange excite l&apos;unité, bleu l&apos;inhibe&#xa0;; les petits numéros renvoient à la liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One neuron&apos;s arithmetic</source>
        <translation>Le calcul d&apos;un neurone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to see this unit&apos;s arithmetic on your drawing</source>
        <translation>Cliquez pour voir le calcul de cette unité sur votre dessin</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Unit {0}&lt;/b&gt; of hidden layer 1 on your drawing</source>
        <translation>&lt;b&gt;Unité {0}&lt;/b&gt; de la couche cachée 1 sur votre dessin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Unit {0}&lt;/b&gt; of the output layer (the score for that digit) on your drawing</source>
        <translation>&lt;b&gt;Unité {0}&lt;/b&gt; de la couche de sortie (le score de ce chiffre) sur votre dessin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(each term is a weight × that pixel&apos;s ink; the small numbers mark its pixel on the left):</source>
        <translation>(chaque terme est un poids × l&apos;encre de ce pixel&#xa0;; les petits numéros repèrent son pixel à gauche)&#xa0;:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Draw a digit to see the hidden layers light up</source>
        <translation>Dessinez un chiffre pour voir les couches cachées s&apos;allumer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network has no hidden layer: the 784 pixels go straight to the ten outputs</source>
        <translation>Ce réseau n&apos;a pas de couche cachée&#xa0;: les 784 pixels vont directement aux dix sorties</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>hidden layer {0} — %n units, {1} active, strongest {2}</source>
        <translation>
            <numerusform>couche cachée {0} — %n unité, {1} active, maximum {2}</numerusform>
            <numerusform>couche cachée {0} — %n unités, {1} actives, maximum {2}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No hidden layer, so the output units read the pixels themselves. The answer&apos;s unit, &lt;b&gt;{0}&lt;/b&gt;:</source>
        <translation>Pas de couche cachée&#xa0;: les unités de sortie lisent donc directement les pixels. L&apos;unité de la réponse, &lt;b&gt;{0}&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First-layer units that pushed hardest toward &lt;b&gt;{0}&lt;/b&gt; (activation × its effect on the score for that digit):</source>
        <translation>Unités de la première couche qui ont le plus poussé vers &lt;b&gt;{0}&lt;/b&gt; (activation × son effet sur le score de ce chiffre)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unit {0}</source>
        <translation>unité {0}</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../../core/drawing/answer.py" line="+49"/>
        <source>{0} ({1} % sure)</source>
        <translation>{0} (sûr à {1}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not sure — {0} or {1}?</source>
        <translation>pas sûr — {0} ou {1}&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that does not look like a digit</source>
        <translation>cela ne ressemble pas à un chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no digit found (no ink, or the picture is too small)</source>
        <translation>aucun chiffre trouvé (pas d&apos;encre, ou dessin trop petit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} % sure</source>
        <translation>sûr à {0}&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer: {0}, {1} % sure</source>
        <translation>Réponse&#xa0;: {0}, sûr à {1}&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer: {0}</source>
        <translation>Réponse&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet: draw a digit</source>
        <translation>Pas encore de réponse&#xa0;: dessinez un chiffre</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <location filename="../../gui/drawing/answer_view.py" line="+26"/>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No answer: {0}</source>
        <translation>Pas de réponse&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: {0}, {1}</source>
        <translation>Réponse&#xa0;: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../core/training/backend.py" line="+92"/>
        <source>importing TensorFlow took over {0} s</source>
        <translation>l&apos;import de TensorFlow a pris plus de {0}&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not start Python to check TensorFlow ({0})</source>
        <translation>impossible de lancer Python pour vérifier TensorFlow ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TensorFlow crashed on import with {0} (this CPU probably lacks AVX)</source>
        <translation>TensorFlow a planté à l&apos;import avec {0} (ce processeur ne gère probablement pas AVX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TensorFlow crashed on import with {0}</source>
        <translation>TensorFlow a planté à l&apos;import avec {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TensorFlow failed to import (exit {0})</source>
        <translation>TensorFlow n&apos;a pas pu être importé (code de sortie {0})</translation>
    </message>
</context>
<context>
    <name>CanvasBox</name>
    <message>
        <location filename="../../gui/drawing/canvas_box.py" line="+23"/>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brush width (in the 280×280 drawing raster)</source>
        <translation>Épaisseur du pinceau (sur la grille de dessin de 280×280)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase with the pen, a finger or the left button (E); the right button always erases</source>
        <translation>Gommer avec le stylet, le doigt ou le bouton gauche (E)&#xa0;; le bouton droit gomme toujours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc or Delete</source>
        <translation>Échap ou Suppr</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../core/report/charts.py" line="+80"/>
        <source>val loss rose</source>
        <translation>perte de val. en hausse</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>predicted digit</source>
        <translation>chiffre prédit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true digit</source>
        <translation>chiffre réel</translation>
    </message>
    <message>
        <location filename="../../core/report/curve_charts.py" line="+21"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>EarlyStopping (epoch {0} kept)</source>
        <translation>EarlyStopping (époque {0} conservée)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no epoch to draw yet: train a model or open one first</source>
        <translation>aucune époque à tracer pour l&apos;instant&#xa0;: entraînez ou ouvrez d&apos;abord un modèle</translation>
    </message>
    <message>
        <location filename="../../core/report/insight_charts.py" line="+24"/>
        <source>Gradient norm per layer</source>
        <translation>Norme du gradient par couche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not measured (trained before DigitLab measured gradients)</source>
        <translation>non mesuré (entraîné avant que DigitLab ne mesure les gradients)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>layer (input side first)</source>
        <translation>couche (côté entrée en premier)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0}</source>
        <translation>époque {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>darker: later epochs (1–{0})</source>
        <translation>plus foncé&#xa0;: époques plus tardives (1–{0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the last hidden layer sorts the digits</source>
        <translation>Comment la dernière couche cachée trie les chiffres</translation>
    </message>
</context>
<context>
    <name>CheckedField</name>
    <message>
        <location filename="../../gui/training/checked_fields.py" line="+47"/>
        <source>from {0} to {1}</source>
        <translation>de {0} à {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0}: {1} is not allowed</source>
        <translation>{0}&#xa0;: {1} n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}; use a number {1}</source>
        <translation>{0}&#xa0;; entrez un nombre {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} takes a number {1}, not “{2}”</source>
        <translation>{0} attend un nombre {1}, pas «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}; kept {1}</source>
        <translation>{0}&#xa0;; la valeur {1} est conservée</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../core/cli/cli.py" line="+42"/>
        <source>try a smaller network, batch size or --limit</source>
        <translation>essayez un réseau plus petit, une taille de lot plus petite ou --limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>use a smaller data file</source>
        <translation>utilisez un fichier de données plus petit</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>use fewer or smaller images</source>
        <translation>utilisez moins d&apos;images ou des images plus petites</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>use fewer models or a smaller data file</source>
        <translation>utilisez moins de modèles ou un fichier de données plus petit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge fewer or smaller data set files</source>
        <translation>fusionnez moins de fichiers de jeux de données, ou des fichiers plus petits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a smaller model file</source>
        <translation>utilisez un fichier de modèle plus petit</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>note: the model outputs logits; DigitLab applies a softmax to them</source>
        <translation>remarque&#xa0;: le modèle produit des logits&#xa0;; DigitLab leur applique une softmax</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--out must name an .html file</source>
        <translation>--out doit désigner un fichier .html</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: no MNIST found, so no confusion matrices ({0})</source>
        <translation>avertissement&#xa0;: MNIST introuvable, donc pas de matrices de confusion ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give a PATH to an .npz or IDX folder, or --download</source>
        <translation>indiquez un CHEMIN vers un .npz ou un dossier IDX, ou --download</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DigitLab: train dense networks on MNIST and predict drawn digits.</source>
        <translation>DigitLab&#xa0;: entraîner des réseaux denses sur MNIST et prédire des chiffres dessinés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print one JSON object as the last line</source>
        <translation>afficher un objet JSON en dernière ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the teaching presets with parameter counts and training settings</source>
        <translation>lister les préréglages du cours avec leur nombre de paramètres et leurs réglages d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train a network on MNIST and save it as .keras</source>
        <translation>entraîner un réseau sur MNIST et l&apos;enregistrer en .keras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of: {0}</source>
        <translation>l&apos;un de&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden layers: 256-128 (relu), or parts in their order, e.g. 256:bn:relu-128:relu:dropout=0.2:l2=0.01 (bn before the activation: Dense → BatchNorm → ReLU)</source>
        <translation>couches cachées&#xa0;: 256-128 (relu), ou des parties dans leur ordre, p. ex. 256:bn:relu-128:relu:dropout=0.2:l2=0.01 (bn avant l&apos;activation&#xa0;: Dense → BatchNorm → ReLU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for layers that name none</source>
        <translation>pour les couches qui n&apos;en indiquent pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout after each layer that names none</source>
        <translation>dropout après chaque couche qui n&apos;en indique pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum (SGD)</source>
        <translation>momentum (SGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: no split, as the course trains; the test set is then measured after each epoch</source>
        <translation>0&#xa0;: pas de part de validation, comme dans le cours&#xa0;; le jeu de test est alors mesuré après chaque époque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EarlyStopping patience in epochs (0: off)</source>
        <translation>patience d&apos;EarlyStopping en époques (0&#xa0;: désactivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EarlyStopping restores the best epoch&apos;s weights</source>
        <translation>EarlyStopping restaure les poids de la meilleure époque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReduceLROnPlateau(factor 0.5) patience in epochs (0: off)</source>
        <translation>patience de ReduceLROnPlateau(factor 0.5) en époques (0&#xa0;: désactivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the epoch with the lowest validation loss</source>
        <translation>garder l&apos;époque à la plus faible perte de validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start from these weights (model.load_weights; same layers)</source>
        <translation>partir de ces poids (model.load_weights&#xa0;; mêmes couches)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also save the weights alone (model.save_weights)</source>
        <translation>enregistrer aussi les poids seuls (model.save_weights)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST .npz or folder of IDX files</source>
        <translation>MNIST en .npz ou dossier de fichiers IDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train on the first N images only</source>
        <translation>s&apos;entraîner sur les N premières images seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no progress output</source>
        <translation>sans affichage de la progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save without optimizer state (a third of the size)</source>
        <translation>enregistrer sans l&apos;état de l&apos;optimiseur (un tiers de la taille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to save the model (.keras)</source>
        <translation>où enregistrer le modèle (.keras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test accuracy, per-class accuracy and confusion matrix</source>
        <translation>exactitude de test, exactitude par classe et matrice de confusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>predict the digit in image files (PNG, JPEG, ...)</source>
        <translation>prédire le chiffre d&apos;images (PNG, JPEG, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a .keras file (default: the bundled model)</source>
        <translation>un fichier .keras (par défaut&#xa0;: le modèle fourni)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a self-contained HTML lab report for one or more models</source>
        <translation>écrire un compte rendu de TP HTML autonome pour un ou plusieurs modèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.keras files; the first two are compared side by side</source>
        <translation>fichiers .keras&#xa0;; les deux premiers sont comparés côte à côte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST .npz or IDX folder for the test-set results</source>
        <translation>MNIST en .npz ou dossier IDX pour les résultats sur le jeu de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: &quot;DigitLab lab report&quot;, translated</source>
        <translation>par défaut&#xa0;: «&#xa0;DigitLab lab report&#xa0;», traduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the report (.html)</source>
        <translation>où écrire le compte rendu (.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify an MNIST file and copy it into the app&apos;s data folder</source>
        <translation>vérifier un fichier MNIST et le copier dans le dossier de données de l&apos;application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>download through Keras (needs the internet)</source>
        <translation>télécharger via Keras (nécessite Internet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put DigitLab in the menu and on the desktop</source>
        <translation>mettre DigitLab dans le menu et sur le bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the launchers</source>
        <translation>retirer les lanceurs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a command is needed: {0}</source>
        <translation>une commande est nécessaire&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected {0}: {1}</source>
        <translation>{0} inattendue&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>close other programs and try again</source>
        <translation>fermez d&apos;autres programmes et réessayez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory; {0}</source>
        <translation>mémoire insuffisante&#xa0;; {0}</translation>
    </message>
    <message>
        <location filename="../../core/cli/drawings_command.py" line="+27"/>
        <source>list, add, export and merge the class&apos;s drawings</source>
        <translation>lister, ajouter, exporter et fusionner les dessins de la classe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>images for add; class data sets (.npz) for merge</source>
        <translation>images pour add&#xa0;; jeux de données de la classe (.npz) pour merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the digit the images show (add)</source>
        <translation>le chiffre que montrent les images (add)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .npz to write (export, merge)</source>
        <translation>le .npz à écrire (export, merge)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>notice: {0}</source>
        <translation>remarque&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add needs image files and --label 0-9</source>
        <translation>add demande des fichiers d&apos;image et --label 0-9</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export needs --out FILE.npz</source>
        <translation>export demande --out FICHIER.npz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merge needs .npz files and --out FILE.npz</source>
        <translation>merge demande des fichiers .npz et --out FICHIER.npz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}: no digit found (no ink, or the picture is too small)</source>
        <translation>{0}&#xa0;: aucun chiffre trouvé (pas d&apos;encre, ou l&apos;image est trop petite)</translation>
    </message>
    <message>
        <location filename="../../core/cli/export_command.py" line="+18"/>
        <source>{0}: its settings cannot be exported: {1}</source>
        <translation>{0}&#xa0;: ses réglages ne peuvent pas être exportés&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a run as a plain Keras notebook or script that reproduces it; several models, or &apos;assignment&apos;, make the hand-in notebook</source>
        <translation>écrire un entraînement sous forme de notebook ou de script Keras simple qui le reproduit&#xa0;; plusieurs modèles, ou &apos;assignment&apos;, donnent le notebook à rendre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a .keras file saved by DigitLab (it holds the settings), or a preset&apos;s name; several make ONE hand-in notebook with the checkpoint&apos;s example beside them; &apos;assignment&apos; is the assignment&apos;s hand-in (checkpoint, task 1, task 2)</source>
        <translation>un fichier .keras enregistré par DigitLab (il contient les réglages) ou le nom d&apos;un préréglage&#xa0;; plusieurs donnent UN notebook à rendre avec l&apos;exemple du checkpoint à côté&#xa0;; &apos;assignment&apos; est le rendu de l&apos;exercice (checkpoint, tâche 1, tâche 2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write: a Jupyter notebook (.ipynb) or, for one model, a script (.py)</source>
        <translation>le fichier à écrire&#xa0;: un notebook Jupyter (.ipynb) ou, pour un modèle, un script (.py)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an MNIST .npz path relative to the program to write into MNIST_PATH (an absolute path is not written: the program finds MNIST beside itself, in Keras&apos;s cache, or downloads it)</source>
        <translation>un chemin de .npz MNIST relatif au programme, à écrire dans MNIST_PATH (un chemin absolu n&apos;est pas écrit&#xa0;: le programme trouve MNIST à côté de lui, dans le cache de Keras, ou le télécharge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>train this many epochs instead</source>
        <translation>entraîner ce nombre d&apos;époques à la place</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--out must name a .py or .ipynb file</source>
        <translation>--out doit désigner un fichier .py ou .ipynb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the hand-in is one notebook: --out must name an .ipynb file</source>
        <translation>le rendu est un notebook&#xa0;: --out doit désigner un fichier .ipynb</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} holds no DigitLab settings to reproduce (a model saved by DigitLab does)</source>
        <translation>{0} ne contient pas de réglages DigitLab à reproduire (un modèle enregistré par DigitLab, si)</translation>
    </message>
    <message>
        <location filename="../../core/cli/launchers.py" line="+93"/>
        <source>could not create {0}: {1}</source>
        <translation>impossible de créer {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>removing the launchers failed ({0})</source>
        <translation>échec du retrait des lanceurs ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creating the launchers failed ({0})</source>
        <translation>échec de la création des lanceurs ({0})</translation>
    </message>
    <message>
        <location filename="../../core/cli/out_option.py" line="+16"/>
        <source>replace an existing --out file even when it is of another kind</source>
        <translation>remplacer un fichier --out existant même s&apos;il est d&apos;un autre type</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}; give --force to replace it anyway</source>
        <translation>{0}&#xa0;; ajoutez --force pour le remplacer quand même</translation>
    </message>
    <message>
        <location filename="../../core/cli/output.py" line="+22"/>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} (see &apos;{1} --help&apos;)</source>
        <translation>{0} (voir &apos;{1} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/cli/train_command.py" line="+82"/>
        <source>--out must name a .keras file</source>
        <translation>--out doit désigner un fichier .keras</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} must name a .weights.h5 file (Keras&apos;s name for weights alone)</source>
        <translation>{0} doit désigner un fichier .weights.h5 (le nom Keras des poids seuls)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no weights file {0}</source>
        <translation>pas de fichier de poids {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the weights in {0} do not fit these layers: {1}</source>
        <translation>les poids de {0} ne correspondent pas à ces couches&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="+46"/>
        <source>bundled: {0}</source>
        <translation>intégré&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Pick two models; both answer the drawing on the canvas at once. Runs appear here when their training ends.</source>
        <translation>Choisissez deux modèles&#xa0;; tous deux répondent en même temps au dessin de la zone de dessin. Les essais apparaissent ici à la fin de leur entraînement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>current model ({0})</source>
        <translation>modèle actuel ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>run: {0} ({1})</source>
        <translation>essai&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file: {0}</source>
        <translation>fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The model answering on the right: {0}</source>
        <translation>Le modèle qui répond à droite&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No current model</source>
        <translation>Aucun modèle actuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot use this model: {0}</source>
        <translation>Impossible d&apos;utiliser ce modèle&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>no hidden layer</source>
        <translation>aucune couche cachée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1} parameters</source>
        <translation>{0}, {1} paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, test accuracy {0} %</source>
        <translation>, exactitude de test {0}&#xa0;%</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Both answer &lt;b&gt;{0}&lt;/b&gt; (A: {1}; B: {2})</source>
        <translation>Les deux répondent &lt;b&gt;{0}&lt;/b&gt; (A&#xa0;: {1}&#xa0;; B&#xa0;: {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neither sees a digit: {0}</source>
        <translation>Aucun ne voit de chiffre : {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;They disagree&lt;/b&gt;: A says {0}, B says {1}</source>
        <translation>&lt;b&gt;Ils ne sont pas d&apos;accord&lt;/b&gt;&#xa0;: A dit {0}, B dit {1}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../gui/views/confusion_view.py" line="+75"/>
        <source>read correctly</source>
        <translation>bien lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>lues comme {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{0} of %n true {1}s {2}. Click to see them.</source>
        <translation>
            <numerusform>{0} sur %n image du chiffre {1}&#xa0;: {2}. Cliquez pour la voir.</numerusform>
            <numerusform>{0} sur %n images du chiffre {1}&#xa0;: {2}. Cliquez pour les voir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>predicted digit →</source>
        <translation>chiffre prédit →</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← true digit</source>
        <translation>← chiffre réel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click Evaluate to fill the confusion matrix</source>
        <translation>Cliquez sur Évaluer pour remplir la matrice de confusion</translation>
    </message>
</context>
<context>
    <name>CurvesWidget</name>
    <message>
        <location filename="../../gui/training/curves.py" line="+59"/>
        <source>Training accuracy is the mean over each epoch&apos;s batches (with dropout on); validation is measured at the epoch&apos;s end on images the network never trains on. A growing gap and a rising validation loss are the signs of overfitting.</source>
        <translation>L&apos;exactitude d&apos;entraînement est la moyenne sur les lots de chaque époque (avec le dropout actif)&#xa0;; la validation est mesurée à la fin de l&apos;époque, sur des images sur lesquelles le réseau ne s&apos;entraîne jamais. Un écart qui se creuse et une perte de validation qui remonte sont les signes du surapprentissage.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../gui/training/second_curve.py" line="+18"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training: the running mean over the epoch&apos;s batches so far; validation: measured at each epoch&apos;s end.
Drag to pan, wheel to zoom, double-click to show everything again.</source>
        <translation>Entraînement&#xa0;: moyenne courante sur les lots de l&apos;époque jusqu&apos;ici&#xa0;; validation&#xa0;: mesurée à la fin de chaque époque.
Faites glisser pour déplacer, molette pour zoomer, double-clic pour tout réafficher.</translation>
    </message>
    <message>
        <location filename="../../gui/training/second_curve.py" line="-1"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Epoch {0}&lt;/b&gt; — {1}. The shaded band is the gap between training and the test set, measured after each epoch (the run has no validation split, as the course&apos;s texts train).</source>
        <translation>&lt;b&gt;Époque {0}&lt;/b&gt; — {1}. La bande ombrée est l&apos;écart entre l&apos;entraînement et le jeu de test, mesuré après chaque époque (l&apos;entraînement n&apos;a pas de part de validation, comme dans les textes du cours).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Epoch {0}&lt;/b&gt; — {1}. The shaded band is the gap between training and validation.</source>
        <translation>&lt;b&gt;Époque {0}&lt;/b&gt; — {1}. La bande ombrée montre l&apos;écart entre entraînement et validation.</translation>
    </message>
    <message>
        <location filename="../../gui/training/curves.py" line="+163"/>
        <source>Learning rate reduced from {0} to {1} after epoch {2} (ReduceLROnPlateau)</source>
        <translation>Taux d&apos;apprentissage réduit de {0} à {1} après l&apos;époque {2} (ReduceLROnPlateau)</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <location filename="../../gui/dialogs/dataset_dialog.py" line="+25"/>
        <source>Where is MNIST?</source>
        <translation>Où est MNIST&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Training needs the MNIST digits. DigitLab works offline and looked in:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;Ways to get it (the first two work offline):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Open MNIST file…&lt;/b&gt;: Keras&apos;s &lt;code&gt;mnist.npz&lt;/code&gt;, or one of the four IDX files (&lt;code&gt;train-images-idx3-ubyte&lt;/code&gt;, …, raw or &lt;code&gt;.gz&lt;/code&gt;). It is verified and copied into DigitLab&apos;s data folder; your file is not changed.&lt;/li&gt;&lt;li&gt;An instructor can set the environment variable &lt;code&gt;{1}&lt;/code&gt; to a shared copy for the whole lab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Download&lt;/b&gt; fetches it through Keras (about 11 MB; only when online).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;L&apos;entraînement a besoin des chiffres MNIST. DigitLab fonctionne hors ligne et a cherché dans&#xa0;:&lt;/p&gt;&lt;ul&gt;{0}&lt;/ul&gt;&lt;p&gt;Pour l&apos;obtenir (les deux premières façons sans Internet)&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ouvrir un fichier MNIST…&lt;/b&gt;&#xa0;: le &lt;code&gt;mnist.npz&lt;/code&gt; de Keras, ou l&apos;un des quatre fichiers IDX (&lt;code&gt;train-images-idx3-ubyte&lt;/code&gt;, …, bruts ou en &lt;code&gt;.gz&lt;/code&gt;). Il est vérifié puis copié dans le dossier de données de DigitLab&#xa0;; votre fichier n&apos;est pas modifié.&lt;/li&gt;&lt;li&gt;Un enseignant peut faire pointer la variable d&apos;environnement &lt;code&gt;{1}&lt;/code&gt; vers une copie partagée pour toute la salle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Télécharger&lt;/b&gt; le récupère via Keras (environ 11 Mo&#xa0;; uniquement avec une connexion Internet).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open MNIST file…</source>
        <translation>Ouvrir un fichier MNIST…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open MNIST (mnist.npz or an IDX file)</source>
        <translation>Ouvrir MNIST (mnist.npz ou un fichier IDX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST ({0});;All files ({1})</source>
        <translation>MNIST ({0});;Tous les fichiers ({1})</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../core/data/datasets.py" line="+91"/>
        <source> in {0}</source>
        <translation> dans {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing {0}{1} (expected keys {2})</source>
        <translation>clés manquantes&#xa0;: {0}{1} (clés attendues&#xa0;: {2})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>x_{0}/y_{0}{1} must be numeric images and integer labels, not {2}/{3}</source>
        <translation>x_{0}/y_{0}{1} doivent être des images numériques et des étiquettes entières, pas {2}/{3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>x_{0}{1} must hold 28x28 images, not shape {2}</source>
        <translation>x_{0}{1} doit contenir des images de 28x28, pas de forme {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y_{0}{1} must hold one label per image ({2} images, labels of shape {3})</source>
        <translation>y_{0}{1} doit contenir une étiquette par image ({2} images, étiquettes de forme {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_{0}{1} holds no images</source>
        <translation>x_{0}{1} ne contient aucune image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y_{0}{1} has labels outside 0-9 (from {2} to {3})</source>
        <translation>y_{0}{1} a des étiquettes hors de 0-9 (de {2} à {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_{0}{1} contains NaN or infinite values</source>
        <translation>x_{0}{1} contient des valeurs NaN ou infinies</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>x_{0}{1} has pixel values outside 0-255</source>
        <translation>x_{0}{1} a des valeurs de pixel hors de 0-255</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dataset file</source>
        <translation>fichier de données</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} lacks MNIST&apos;s arrays {1} (found: {2})</source>
        <translation>il manque à {0} les tableaux MNIST {1} (trouvés&#xa0;: {2})</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>MNIST could not be downloaded: {0}. Without internet, copy mnist.npz from a connected machine and import it</source>
        <translation>MNIST n&apos;a pas pu être téléchargé&#xa0;: {0}. Sans internet, copiez mnist.npz depuis une machine connectée et importez-le</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>{0} is not a readable .npz file ({1})</source>
        <translation>{0} n&apos;est pas un fichier .npz lisible ({1})</translation>
    </message>
    <message>
        <location filename="../../core/data/npz_arrays.py" line="+40"/>
        <source>{0} holds pickled Python objects, which DigitLab never loads; save plain arrays with numpy.savez</source>
        <translation>{0} contient des objets Python sérialisés avec pickle, que DigitLab ne charge jamais&#xa0;; enregistrez de simples tableaux avec numpy.savez</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} would unpack to {1} MB ({2}: {3} MB); at most {4} MB are read</source>
        <translation>{0} occuperait {1} Mo une fois décompressé ({2}&#xa0;: {3} Mo)&#xa0;; au plus {4} Mo sont lus</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} lists {1} members ({2} bytes of zip directory); an MNIST file has a few; refused</source>
        <translation>{0} liste {1} membres ({2} octets de répertoire zip)&#xa0;; un fichier MNIST en a peu&#xa0;; refusé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>integer labels</source>
        <translation>des étiquettes entières</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numbers</source>
        <translation>des nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} holds values of type {2}; it must hold {3}</source>
        <translation>{0}&#xa0;: {1} contient des valeurs de type {2}&#xa0;; il doit contenir {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one label per image</source>
        <translation>une étiquette par image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>28x28 images</source>
        <translation>des images 28x28</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} claims shape {2}; it must hold {3}</source>
        <translation>{0}&#xa0;: {1} annonce la forme {2}&#xa0;; il doit contenir {3}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} claims shape {2}, {3} images; at most {4} per array are read</source>
        <translation>{0}&#xa0;: {1} annonce la forme {2}, {3} images&#xa0;; au plus {4} par tableau sont lues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} claims shape {2} ({3} bytes) but holds {4} bytes</source>
        <translation>{0}&#xa0;: {1} annonce la forme {2} ({3} octets) mais contient {4} octets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1} is a .npy file of version {2}, which MNIST&apos;s arrays never need</source>
        <translation>{0}&#xa0;: {1} est un fichier .npy de version {2}, dont les tableaux de MNIST n&apos;ont jamais besoin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1} is not a readable .npy array ({2})</source>
        <translation>{0}&#xa0;: {1} n&apos;est pas un tableau .npy lisible ({2})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: x_{1} claims {2} images but y_{1} {3} labels; it must hold one label per image</source>
        <translation>{0}&#xa0;: x_{1} annonce {2} images mais y_{1} {3} étiquettes&#xa0;; il doit contenir une étiquette par image</translation>
    </message>
    <message>
        <location filename="../../core/data/datasets.py" line="+14"/>
        <source>{0} is a single .npy array, not MNIST&apos;s four arrays ({1})</source>
        <translation>{0} est un seul tableau .npy, pas les quatre tableaux de MNIST ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is gzip-compressed; give the .npz itself, or the folder holding the four IDX .gz files</source>
        <translation>{0} est compressé avec gzip&#xa0;; indiquez le .npz lui-même, ou le dossier contenant les quatre fichiers IDX .gz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not an .npz file (MNIST comes as mnist.npz or four IDX files)</source>
        <translation>{0} n&apos;est pas un fichier .npz (MNIST se présente sous forme de mnist.npz ou de quatre fichiers IDX)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} ends in .gz but is not gzip data</source>
        <translation>{0} se termine par .gz mais ne contient pas de données gzip</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>{0} is a damaged gzip or IDX file ({1})</source>
        <translation>{0} est un fichier gzip ou IDX endommagé ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is not an IDX file of unsigned bytes (bad magic number {1})</source>
        <translation>{0} n&apos;est pas un fichier IDX d&apos;octets non signés (nombre magique incorrect {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is truncated inside its header</source>
        <translation>{0} est tronqué dans son en-tête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} says it holds {1} items of shape {2} ({3} bytes); MNIST holds at most {4} items of 28x28</source>
        <translation>{0} annonce {1} éléments de forme {2} ({3} octets)&#xa0;; MNIST en contient au plus {4} de 28x28</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>{0} says it holds {1} items ({2} bytes) but has more than {3} bytes of data</source>
        <translation>{0} annonce {1} éléments ({2} octets) mais contient plus de {3} octets de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} says it holds {1} items ({2} bytes) but has {3} bytes of data</source>
        <translation>{0} annonce {1} éléments ({2} octets) mais ne contient que {3} octets de données</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} does not hold the four MNIST IDX files ({1}, optionally .gz)</source>
        <translation>{0} ne contient pas les quatre fichiers IDX de MNIST ({1}, éventuellement en .gz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} says it holds {1} images of shape {2} but {3} labels of shape {4}; it must hold one label per image</source>
        <translation>{0} annonce {1} images de forme {2} mais {3} étiquettes de forme {4}&#xa0;; il doit contenir une étiquette par image</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} is a single .npy array; MNIST needs an .npz with {1} or the four IDX files</source>
        <translation>{0} est un seul tableau .npy&#xa0;; MNIST a besoin d&apos;un .npz avec {1} ou des quatre fichiers IDX</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} does not exist</source>
        <translation>{0} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MNIST not found; looked in {0}. Fix: pass --data PATH (an .npz or a folder of IDX files), set {1}, import a file with &apos;import-data PATH&apos;, or download it with &apos;import-data --download&apos;</source>
        <translation>MNIST introuvable&#xa0;; recherché dans {0}. Solution&#xa0;: passez --data PATH (un .npz ou un dossier de fichiers IDX), définissez {1}, importez un fichier avec &apos;import-data PATH&apos; ou téléchargez-le avec &apos;import-data --download&apos;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>could not write {0} ({1})</source>
        <translation>impossible d&apos;écrire {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../core/data/download_reason.py" line="+18"/>
        <source>the file arrived damaged</source>
        <translation>le fichier est arrivé endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection to the download server</source>
        <translation>pas de connexion au serveur de téléchargement</translation>
    </message>
</context>
<context>
    <name>DigitLab</name>
    <message>
        <location filename="../../gui/app.py" line="+47"/>
        <source>Something went wrong: {0}

Your work is kept. Details are in {1}</source>
        <translation>Un problème est survenu&#xa0;: {0}

Votre travail est conservé. Détails dans {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lab file not used: {0}</source>
        <translation>Fichier de TP non utilisé&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (moved to {0})</source>
        <translation> (déplacé vers {0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DigitLab could not start: {0}. Details are in {1}</source>
        <translation>DigitLab n&apos;a pas pu démarrer&#xa0;: {0}. Détails dans {1}</translation>
    </message>
</context>
<context>
    <name>DigitMapView</name>
    <message>
        <location filename="../../gui/views/digit_map_view.py" line="+24"/>
        <source>Each dot is a test image, placed by what the last hidden layer makes of it (its activations squeezed to two numbers by PCA) and coloured by its true digit. As the network learns, the digits gather into clusters. The ★ is your drawing; hover a dot to see its image.</source>
        <translation>Chaque point est une image de test, placée selon ce qu&apos;en fait la dernière couche cachée (ses activations réduites à deux nombres par PCA, l&apos;analyse en composantes principales) et colorée selon son vrai chiffre. À mesure que le réseau apprend, les chiffres se regroupent en amas. L&apos;étoile ★ est votre dessin&#xa0;; survolez un point pour voir son image.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Across: {0} % of how the images differ in that layer; up: {1} %.</source>
        <translation>Horizontalement&#xa0;: {0}&#xa0;% des différences entre les images dans cette couche&#xa0;; verticalement&#xa0;: {1}&#xa0;%.</translation>
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
        <translation>Dessinez un chiffre&#xa0;: le bouton gauche dessine, le bouton droit gomme.
Ctrl+Z annule, Ctrl+Maj+Z rétablit, Échap ou Suppr efface.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>Draw a digit here</source>
        <translation>Dessinez un chiffre ici</translation>
    </message>
</context>
<context>
    <name>Epochs</name>
    <message numerus="yes">
        <location filename="../../core/training/history.py" line="+142"/>
        <source>%n epochs</source>
        <translation>
            <numerusform>%n époque</numerusform>
            <numerusform>%n époques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} epochs</source>
        <translation>{0} époques</translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message>
        <location filename="../../gui/views/evaluate_view.py" line="+44"/>
        <source>MNIST test set</source>
        <translation>Jeu de test MNIST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My drawings</source>
        <translation>Mes dessins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A data set file…</source>
        <translation>Un fichier de données…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there are no saved drawings yet: draw, then click the right digit under the bars</source>
        <translation>aucun dessin enregistré pour l&apos;instant&#xa0;: dessinez, puis cliquez sur le bon chiffre sous les barres</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Which labelled images to score the current model (the one answering your drawings) on</source>
        <translation>Les images étiquetées sur lesquelles évaluer le modèle actuel (celui qui répond à vos dessins)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after each epoch</source>
        <translation>après chaque époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While training, evaluate again whenever an epoch ends</source>
        <translation>Pendant l&apos;entraînement, réévaluer à la fin de chaque époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score on</source>
        <translation>Tester sur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click Evaluate: accuracy, loss and the confusion matrix of the model that is answering your drawings.</source>
        <translation>Cliquez sur Évaluer&#xa0;: exactitude, perte et matrice de confusion du modèle qui répond à vos dessins.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows: the true digit; columns: the network&apos;s answer. Click a cell to see those images.</source>
        <translation>Lignes&#xa0;: le chiffre réel&#xa0;; colonnes&#xa0;: la réponse du réseau. Cliquez sur une case pour voir ces images.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy per digit</source>
        <translation>Exactitude par chiffre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>Click a cell of the matrix to see its images here.</source>
        <translation>Cliquez sur une case de la matrice pour voir ses images ici.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Evaluate on a data set file</source>
        <translation>Évaluer sur un fichier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST-layout data ({0})</source>
        <translation>Données au format MNIST ({0})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no model yet: train one or open a .keras file</source>
        <translation>pas encore de modèle&#xa0;: entraînez-en un ou ouvrez un fichier .keras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose a data set file first</source>
        <translation>choisissez d&apos;abord un fichier de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluating {0} on {1}…</source>
        <translation>Évaluation de {0} sur {1}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MNIST test set</source>
        <translation>le jeu de test MNIST</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; on {1}: accuracy &lt;b&gt;{2} %&lt;/b&gt;, loss {3} — {4} of {5} wrong.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; sur {1}&#xa0;: exactitude &lt;b&gt;{2}&#xa0;%&lt;/b&gt;, perte {3} — mal classées&#xa0;: {4} sur {5}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot evaluate: {0}</source>
        <translation>Évaluation impossible&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read correctly</source>
        <translation>lu correctement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>lu comme {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the {0} surest shown)</source>
        <translation> (les {0} plus sûres sont affichées)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>True {0}, {1}: %n images{2}. Click one to see it large.</source>
        <translation>
            <numerusform>Chiffre réel {0}, {1}&#xa0;: %n image{2}. Cliquez dessus pour l&apos;agrandir.</numerusform>
            <numerusform>Chiffre réel {0}, {1}&#xa0;: %n images{2}. Cliquez sur une image pour l&apos;agrandir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image #{0} — {1}</source>
        <translation>Image n° {0} — {1}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/file_actions.py" line="+69"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un modèle &amp;récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose MNIST…</source>
        <translation>Choisir MNIST…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Stop training before opening another model</source>
        <translation>Arrêtez l&apos;entraînement avant d&apos;ouvrir un autre modèle</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0});;All files ({1})</source>
        <translation>Modèles Keras ({0});;Tous les fichiers ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop training before saving the model</source>
        <translation>Arrêtez l&apos;entraînement avant d&apos;enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This run kept no model to save (it ended in NaN or could not be written)</source>
        <translation>Cet essai n&apos;a conservé aucun modèle à enregistrer (il a fini en NaN ou n&apos;a pas pu être écrit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+168"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0})</source>
        <translation>Modèles Keras ({0})</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no epoch to export yet: train a model or open one first</source>
        <translation>aucune époque à exporter pour l&apos;instant&#xa0;: entraînez ou ouvrez d&apos;abord un modèle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export my drawings</source>
        <translation>Exporter mes dessins</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>MNIST-layout data ({0})</source>
        <translation>Données au format MNIST ({0})</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Export the assignment&apos;s hand-in notebook</source>
        <translation>Exporter le notebook à rendre pour le devoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jupyter notebook ({0})</source>
        <translation>Notebook Jupyter ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as notebook or script</source>
        <translation>Exporter en notebook ou en script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jupyter notebook ({0});;Python script ({1})</source>
        <translation>Notebook Jupyter ({0});;Script Python ({1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot fine-tune on {0}: {1}</source>
        <translation>Impossible d&apos;affiner sur {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train a model (or open one) first, then fine-tune it</source>
        <translation>Entraînez (ou ouvrez) d&apos;abord un modèle, puis affinez-le</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fine-tuning on {0} for %n epochs</source>
        <translation>
            <numerusform>Affinage sur {0} pendant %n époque</numerusform>
            <numerusform>Affinage sur {0} pendant %n époques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Fine-tune on a data set file</source>
        <translation>Affiner sur un fichier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs to train on MNIST plus {0}:</source>
        <translation>Époques d&apos;entraînement sur MNIST plus {0}&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace a file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}. Replace it?</source>
        <translation>{0}. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export curves</source>
        <translation>Exporter les courbes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image ({0});;SVG drawing ({1})</source>
        <translation>Image PNG ({0});;Dessin SVG ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save lab report</source>
        <translation>Enregistrer le compte rendu de TP</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Train a model (or open one) first: the report needs at least one</source>
        <translation>Entraînez (ou ouvrez) d&apos;abord un modèle&#xa0;: le compte rendu en demande au moins un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the lab report ({0})…</source>
        <translation>Rédaction du compte rendu de TP ({0})…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No report: {0}</source>
        <translation>Pas de compte rendu&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the lab report: {0}</source>
        <translation>Compte rendu de TP enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MNIST not found — training needs it</source>
        <translation>MNIST introuvable — nécessaire pour l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MNIST: {0}</source>
        <translation>MNIST&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST is read from {0}</source>
        <translation>MNIST est lu depuis {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading MNIST…</source>
        <translation>Téléchargement de MNIST…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MNIST verified and copied to {0}</source>
        <translation>MNIST vérifié et copié dans {0}</translation>
    </message>
</context>
<context>
    <name>GradientsView</name>
    <message>
        <location filename="../../gui/views/gradients_view.py" line="+26"/>
        <source>One ridge per layer, input side on top. &lt;b&gt;Left:&lt;/b&gt; its weights. &lt;b&gt;Right:&lt;/b&gt; how strongly the loss pulls on them now (the gradient, on a log scale, measured on the same 512 training images after each epoch). A ridge far to the left barely learns: that is the &lt;i&gt;vanishing gradient&lt;/i&gt; (compare the sigmoid-deep preset with assignment 2).</source>
        <translation>Une crête par couche, côté entrée en haut. &lt;b&gt;À gauche&#xa0;:&lt;/b&gt; ses poids. &lt;b&gt;À droite&#xa0;:&lt;/b&gt; la force avec laquelle la perte les tire en ce moment (le gradient, en échelle logarithmique, mesuré après chaque époque sur les mêmes 512 images d&apos;entraînement). Une crête très à gauche apprend à peine&#xa0;: c&apos;est la &lt;i&gt;disparition du gradient&lt;/i&gt; (comparez le préréglage sigmoid profond avec l&apos;exercice 2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Epoch:</source>
        <translation>Époque&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go back to any epoch of this training</source>
        <translation>Revenir à n&apos;importe quelle époque de cet entraînement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weight value</source>
        <translation>valeur du poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log10 |gradient|</source>
        <translation>log10 |gradient|</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No model yet: train one or open a .keras file.</source>
        <translation>Pas encore de modèle&#xa0;: entraînez-en un ou ouvrez un fichier .keras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured after {0}: the epoch whose weights the model kept.</source>
        <translation>Mesuré après {0}&#xa0;: l&apos;époque dont le modèle a gardé les poids.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measured after {0}.</source>
        <translation>Mesurés après l&apos;{0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured after the last epoch.</source>
        <translation>Mesurés après la dernière époque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradients are measured while training: Train (or Train more) to see them. The weights are this model&apos;s.</source>
        <translation>Les gradients sont mesurés pendant l&apos;entraînement&#xa0;: cliquez sur Entraîner (ou Continuer) pour les voir. Les poids sont ceux de ce modèle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>output ({0})</source>
        <translation>sortie ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer {0} ({1})</source>
        <translation>couche {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, {0} % zero</source>
        <translation>, {0}&#xa0;% nuls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>norm {0}</source>
        <translation>norme {0}</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../core/drawing/images.py" line="+32"/>
        <source>{0} does not exist</source>
        <translation>{0} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a file</source>
        <translation>{0} n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is {1}x{2} pixels; the limit is {3} megapixels</source>
        <translation>{0} fait {1}x{2} pixels&#xa0;; la limite est de {3} mégapixels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not an image DigitLab can read ({1})</source>
        <translation>{0} n&apos;est pas une image que DigitLab sait lire ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be decoded ({1})</source>
        <translation>impossible de décoder {0} ({1})</translation>
    </message>
</context>
<context>
    <name>LabFile</name>
    <message>
        <location filename="../../core/training/lab.py" line="+99"/>
        <source>lab file {0} does not exist</source>
        <translation>le fichier de TP {0} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: {1} must be text</source>
        <translation>{0}&#xa0;: {1} doit être du texte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} is not valid TOML ({1})</source>
        <translation>{0} n&apos;est pas du TOML valide ({1})</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{0} is not UTF-8 text</source>
        <translation>{0} n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} is nested too deeply to be a lab file</source>
        <translation>{0} est trop imbriqué pour être un fichier de TP</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{0} cannot be read ({1})</source>
        <translation>impossible de lire {0} ({1})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown key {0} ignored</source>
        <translation>clé inconnue {0} ignorée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: presets must be a list of preset names</source>
        <translation>{0}&#xa0;: presets doit être une liste de noms de préréglages</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>unknown presets ignored: {0}</source>
        <translation>préréglages inconnus ignorés&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>{0} is a folder, not a lab file</source>
        <translation>{0} est un dossier, pas un fichier de TP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>{0} is not a regular file, so not a lab file</source>
        <translation>{0} n&apos;est pas un fichier ordinaire, donc pas un fichier de TP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is too large to be a lab file</source>
        <translation>{0} est trop volumineux pour être un fichier de TP</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>none of its presets exists ({0}), so only {1} is offered</source>
        <translation>aucun de ses préréglages n&apos;existe ({0}), seul {1} est donc proposé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>allow_custom = false without presets: every preset is offered, its layers locked</source>
        <translation>allow_custom = false sans presets&#xa0;: tous les préréglages sont proposés, leurs couches verrouillées</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0}: allow_custom must be true or false</source>
        <translation>{0}&#xa0;: allow_custom doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: seed must be a whole number from 0 to {1}</source>
        <translation>{0}&#xa0;: seed doit être un nombre entier de 0 à {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: max_epochs must be a whole number from 1 to {1}</source>
        <translation>{0}&#xa0;: max_epochs doit être un nombre entier de 1 à {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: mnist must be a path</source>
        <translation>{0}&#xa0;: mnist doit être un chemin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mnist path {0} does not exist, so the usual places are searched</source>
        <translation>le chemin mnist {0} n&apos;existe pas, DigitLab cherche donc aux emplacements habituels</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <location filename="../../core/report/report.py" line="+42"/>
        <source>Is there any difference? If so, why?</source>
        <translation>Y a-t-il une différence&#xa0;? Si oui, pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/report/report_settings.py" line="+18"/>
        <source>optimizer</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>taille de lot</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>restore best weights</source>
        <translation>restaurer les meilleurs poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>keep best epoch</source>
        <translation>garder la meilleure époque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>batch norm</source>
        <translation>normalisation par lots</translation>
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
        <translation>époques</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>validation split</source>
        <translation>part de validation</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-225"/>
        <location line="+105"/>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+1"/>
        <source>EarlyStopping patience</source>
        <translation>patience EarlyStopping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReduceLROnPlateau patience</source>
        <translation>patience ReduceLROnPlateau</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-187"/>
        <source>run</source>
        <translation>essai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params</source>
        <translation>param.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lr</source>
        <translation>taux app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch</source>
        <translation>lot</translation>
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
        <translation>exact. test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>stopped</source>
        <translation>fin de l&apos;entraînement</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} logical cores)</source>
        <translation>{0} ({1} cœurs logiques)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown CPU</source>
        <translation>processeur inconnu</translation>
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
        <translation>couches cachées</translation>
    </message>
    <message>
        <location filename="../../core/report/report_settings.py" line="+24"/>
        <source>layers in detail</source>
        <translation>couches en détail</translation>
    </message>
    <message>
        <location filename="../../core/report/report.py" line="-114"/>
        <location line="+128"/>
        <source>training time</source>
        <translation>durée d&apos;entraînement</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output shape</source>
        <translation>forme de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validation split, as the course&apos;s texts train: the dashed curve is the test set, measured after each epoch.</source>
        <translation>Pas de part de validation, comme dans les textes du cours : la courbe en pointillés est le jeu de test, mesuré après chaque époque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file has no training history.</source>
        <translation>Ce fichier n&apos;a pas d&apos;historique d&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First-layer weights</source>
        <translation>Poids de la première couche</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n units of the first hidden layer as 28×28 images (red: ink there excites the unit, blue: ink there inhibits it; each tile scaled to its own range).</source>
        <translation>
            <numerusform>%n unité de la première couche cachée sous forme d&apos;image 28×28 (rouge&#xa0;: l&apos;encre à cet endroit excite l&apos;unité&#xa0;; bleu&#xa0;: elle l&apos;inhibe&#xa0;; chaque vignette a sa propre échelle).</numerusform>
            <numerusform>Les %n premières unités de la première couche cachée sous forme d&apos;images 28×28 (rouge&#xa0;: l&apos;encre à cet endroit excite l&apos;unité&#xa0;; bleu&#xa0;: elle l&apos;inhibe&#xa0;; chaque vignette a sa propre échelle).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(The map needs test images and a hidden layer.)</source>
        <translation>(La carte nécessite des images de test et une couche cachée.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left: the size of each layer&apos;s gradient after each epoch, on the same 512 training images (a layer far below the others learns slowly: vanishing gradients). Right: the last hidden layer&apos;s activations on {0} test images, squeezed to two numbers by PCA and coloured by digit; clear clusters mean the layer separates the digits.</source>
        <translation>À gauche&#xa0;: la taille du gradient de chaque couche après chaque époque, sur les mêmes 512 images d&apos;entraînement (une couche très en dessous des autres apprend lentement&#xa0;: c&apos;est la disparition du gradient). À droite&#xa0;: les activations de la dernière couche cachée sur {0} images de test, réduites à deux nombres par PCA et colorées selon le chiffre&#xa0;; des amas bien nets signifient que la couche sépare les chiffres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inside the network</source>
        <translation>Dans le réseau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded test accuracy: {0}.</source>
        <translation>Exactitude de test enregistrée&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Test set</source>
        <translation>Jeu de test</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No test data was given, so there is no confusion matrix.</source>
        <translation>Aucune donnée de test n&apos;a été fournie&#xa0;: il n&apos;y a donc pas de matrice de confusion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy &lt;b&gt;{0}&lt;/b&gt;, loss {1}: {2} of {3} test images wrong.</source>
        <translation>Exactitude &lt;b&gt;{0}&lt;/b&gt;, perte {1}&#xa0;: {2} images de test mal classées sur {3}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training set (final weights)</source>
        <translation>jeu d&apos;entraînement (poids finaux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test set</source>
        <translation>jeu de test</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy per digit</source>
        <translation>Exactitude par chiffre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mistakes it was surest of (true → predicted, probability):</source>
        <translation>Les erreurs dont le réseau était le plus sûr (réel → prédit, probabilité)&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>final training accuracy</source>
        <translation>exactitude d&apos;entraînement finale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training set accuracy (final weights)</source>
        <translation>exactitude sur le jeu d&apos;entraînement (poids finaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final validation accuracy</source>
        <translation>exactitude de validation finale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test accuracy</source>
        <translation>exactitude de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss</source>
        <translation>perte de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train − test accuracy gap</source>
        <translation>écart d’exactitude entraînement − test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train − val accuracy gap</source>
        <translation>écart d&apos;exactitude entr. − val.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignment: the two networks side by side</source>
        <translation>Exercice&#xa0;: les deux réseaux côte à côte</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a report needs at least one model</source>
        <translation>un compte rendu nécessite au moins un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigitLab lab report</source>
        <translation>Compte rendu de TP DigitLab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} training and {2} test images (fingerprint {3})</source>
        <translation>{0}&#xa0;: {1} images d&apos;entraînement et {2} de test (empreinte {3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no test data given (confusion matrices left out)</source>
        <translation>aucune donnée de test fournie (matrices de confusion omises)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by DigitLab {0} on {1}. Test data: {2}.</source>
        <translation>Généré par DigitLab {0} le {1}. Données de test&#xa0;: {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: {0} &amp;nbsp; Group: {1}</source>
        <translation>Nom&#xa0;: {0} &amp;nbsp; Groupe&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../../core/report/report_model.py" line="+90"/>
        <source>(no hidden layer)</source>
        <translation>(aucune couche cachée)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../gui/translation.py" line="+73"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The language changes when DigitLab starts again</source>
        <translation>La langue changera au prochain démarrage de DigitLab</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <location filename="../../gui/training/layer_table.py" line="+26"/>
        <source>units</source>
        <translation>unités</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neurons in the layer</source>
        <translation>Neurones de la couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation function</source>
        <translation>Fonction d&apos;activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout after the layer</source>
        <translation>Dropout après la couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch normalisation: after the activation (Dense → act. → BN) or before it (Dense → BN → act., as the lesson&apos;s Dense → BatchNormalization → ReLU)</source>
        <translation>Normalisation par lots : après l&apos;activation (Dense → act. → BN) ou avant (Dense → BN → act., comme le Dense → BatchNormalization → ReLU de la leçon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L2 weight penalty</source>
        <translation>Pénalité L2 sur les poids</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input 784 pixels → these layers → softmax over the 10 digits</source>
        <translation>Entrée de 784 pixels → ces couches → softmax sur les 10 chiffres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a layer below the selected one</source>
        <translation>Ajouter une couche sous celle sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected layer</source>
        <translation>Supprimer la couche sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected layer up</source>
        <translation>Monter la couche sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected layer down</source>
        <translation>Descendre la couche sélectionnée</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Units</source>
        <translation>Unités</translation>
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
        <translation>Poids et gradients, couche par couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the last hidden layer sorts the digits</source>
        <translation>Comment la dernière couche cachée trie les chiffres</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Computing the map…</source>
        <translation>Calcul de la carte…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No map: {0}</source>
        <translation>Pas de carte&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>After {0}.</source>
        <translation>Après l&apos;{0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>No map: the network has no hidden layer.</source>
        <translation>Pas de carte&#xa0;: le réseau n&apos;a pas de couche cachée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+74"/>
        <source>DigitLab — how dense networks learn</source>
        <translation>DigitLab — comment apprennent les réseaux denses</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train, watch the curves, compare runs</source>
        <translation>Entraîner, suivre les courbes, comparer les essais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy, confusion matrix, mistakes</source>
        <translation>Exactitude de test, matrice de confusion, erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-layer weights and what your drawing does to the hidden layers</source>
        <translation>Poids de la première couche et effet de votre dessin sur les couches cachées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it learns</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights and gradients layer by layer; how the hidden layer sorts the digits</source>
        <translation>Poids et gradients couche par couche&#xa0;; comment la couche cachée trie les chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two models answering the same drawing</source>
        <translation>Deux modèles répondent au même dessin</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Training unavailable: {0}</source>
        <translation>Entraînement indisponible&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MNIST not found: choose the MNIST file first</source>
        <translation>MNIST introuvable&#xa0;: choisissez d&apos;abord le fichier MNIST</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>DigitLab — {0}</source>
        <translation>DigitLab — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lab file {0}: {1}</source>
        <translation>Fichier de TP {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../core/model/model_files.py" line="+57"/>
        <source>model file</source>
        <translation>fichier de modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is a damaged or truncated .keras archive</source>
        <translation>{0} est une archive .keras endommagée ou tronquée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is not a Keras model (.keras or .h5)</source>
        <translation>{0} n&apos;est pas un modèle Keras (.keras ou .h5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is a damaged .keras archive ({1})</source>
        <translation>{0} est une archive .keras endommagée ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} would unpack to {2} MB (at most {3} MB for a dense MNIST model); refused</source>
        <translation>{0}&#xa0;: {1} occuperait {2} Mo une fois décompressé (au plus {3} Mo pour un modèle dense MNIST)&#xa0;; refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} would unpack to {1} MB; refused</source>
        <translation>{0} occuperait {1} Mo une fois décompressé&#xa0;; refusé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the model has no single input and output</source>
        <translation>{0}&#xa0;: le modèle n&apos;a pas une seule entrée et une seule sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the model takes input of shape {1}, but MNIST digits are 784 values (28x28)</source>
        <translation>{0}&#xa0;: le modèle prend des entrées de forme {1}, mais les chiffres MNIST sont 784 valeurs (28x28)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+166"/>
        <source>{0}: the model gives {1} outputs, but digits have 10 classes</source>
        <translation>{0}&#xa0;: le modèle donne {1} sorties, mais les chiffres ont 10 classes</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>{0} contains code (a Lambda layer); DigitLab refuses to run code from model files</source>
        <translation>{0} contient du code (une couche Lambda)&#xa0;; DigitLab refuse d&apos;exécuter du code provenant de fichiers de modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be loaded as a Keras model: {1}</source>
        <translation>impossible de charger {0} comme modèle Keras&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}: model files end in .keras</source>
        <translation>{0}&#xa0;: les fichiers de modèle se terminent par .keras</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>{0} has weights that are not numbers (NaN or infinity): its training diverged</source>
        <translation>{0} a des poids qui ne sont pas des nombres (NaN ou infini)&#xa0;: son entraînement a divergé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: the model takes {1} inputs, but MNIST digits are 784 values (28x28)</source>
        <translation>{0}&#xa0;: le modèle prend {1} entrées, mais les chiffres MNIST sont 784 valeurs (28x28)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: its layers do not fit together ({1})</source>
        <translation>{0}&#xa0;: ses couches ne s&apos;emboîtent pas ({1})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>ModelLabel</name>
    <message>
        <location filename="../../gui/drawing/model_label.py" line="+25"/>
        <source> &lt;i&gt;(it outputs logits: DigitLab applies a softmax)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(il produit des logits&#xa0;: DigitLab applique un softmax)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicting with: &lt;b&gt;{0}&lt;/b&gt;{1}</source>
        <translation>Prédictions avec&#xa0;: &lt;b&gt;{0}&lt;/b&gt;{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model: train one or open a .keras file</source>
        <translation>Aucun modèle&#xa0;: entraînez-en un ou ouvrez un fichier .keras</translation>
    </message>
</context>
<context>
    <name>ModelLayers</name>
    <message>
        <location filename="../../core/model/classifier.py" line="+82"/>
        <source>a classifier needs at least one layer</source>
        <translation>un classifieur a besoin d&apos;au moins une couche</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the model outputs {0} values, not 10 classes</source>
        <translation>le modèle produit {0} valeurs, pas 10 classes</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_map.py" line="+55"/>
        <source>activation {0} is not supported (use relu, sigmoid, tanh or softmax)</source>
        <translation>l&apos;activation {0} n&apos;est pas prise en charge (utilisez relu, sigmoid, tanh ou softmax)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the model has no layers DigitLab can run</source>
        <translation>le modèle n&apos;a aucune couche que DigitLab sait exécuter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reshape layers other than to 784 are not supported</source>
        <translation>Seules les couches Reshape vers 784 sont prises en charge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a Dense layer&apos;s weights are missing</source>
        <translation>il manque les poids d&apos;une couche Dense</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>layer type {0} is not supported by the dense-network classifier</source>
        <translation>le type de couche {0} n&apos;est pas pris en charge par le classifieur de réseaux denses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a BatchNormalization layer&apos;s weights are missing</source>
        <translation>il manque les poids d&apos;une couche BatchNormalization</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../gui/training/model_panel.py" line="+79"/>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom network</source>
        <translation>Réseau personnalisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate: step size of updates</source>
        <translation>Taux d&apos;apprentissage&#xa0;: taille du pas des mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum (SGD only)</source>
        <translation>Momentum (SGD uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per weight update</source>
        <translation>Exemples par mise à jour des poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set</source>
        <translation>Passages sur le jeu d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation split</source>
        <translation>Part de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of training data held out</source>
        <translation>Part des données d&apos;entraînement mise de côté pour la validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same seed, same weights</source>
        <translation>Même graine, mêmes poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early stopping patience</source>
        <translation>Patience (arrêt précoce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop when validation loss has not improved for this many epochs (0 = off); best weights are restored</source>
        <translation>Arrêter quand la perte de validation ne s&apos;est pas améliorée depuis ce nombre d&apos;époques (0 = désactivé)&#xa0;; les meilleurs poids sont restaurés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce LR patience</source>
        <translation>Patience (baisse du taux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halve the learning rate after this many epochs without improvement (0 = off)</source>
        <translation>Diviser par deux le taux d&apos;apprentissage après ce nombre d&apos;époques sans amélioration (0 = désactivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the best epoch&apos;s weights</source>
        <translation>garder les poids de la meilleure époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model summary</source>
        <translation>Résumé du modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output shape</source>
        <translation>forme de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the lab file&apos;s limit</source>
        <translation>limite du fichier de TP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes over the training set (at most {0} in this lab)</source>
        <translation>Passages sur le jeu d&apos;entraînement ({0} au maximum dans ce TP)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The seed is set by the lab file</source>
        <translation>La graine est fixée par le fichier de TP</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&lt;b&gt;Total parameters: {0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;Total des paramètres&#xa0;: {0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Total parameters: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total des paramètres&#xa0;: {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MyDrawings</name>
    <message>
        <location filename="../../core/data/class_dataset.py" line="+41"/>
        <source>there are no drawings to export yet: save some first</source>
        <translation>aucun dessin à exporter pour l&apos;instant&#xa0;: enregistrez-en d&apos;abord</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>nothing to merge: the files hold no drawings</source>
        <translation>rien à fusionner&#xa0;: les fichiers ne contiennent aucun dessin</translation>
    </message>
    <message>
        <location filename="../../core/data/my_drawings.py" line="+107"/>
        <source>could not save the drawing ({0})</source>
        <translation>impossible d&apos;enregistrer le dessin ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n drawings in {0} are not well-formed (a label outside 0-9, an image that is not 28x28 or strokes that are not a list) and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n dessin de {0} est mal formé (une étiquette hors de 0-9, une image qui n’est pas en 28×28 ou des traits qui ne sont pas une liste) et est laissé de côté ; le fichier le conserve</numerusform>
            <numerusform>%n dessins de {0} sont mal formés (une étiquette hors de 0-9, une image qui n’est pas en 28×28 ou des traits qui ne sont pas une liste) et sont laissés de côté ; le fichier les conserve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n drawings</source>
        <translation>
            <numerusform>%n dessin</numerusform>
            <numerusform>%n dessins</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>it has no images and labels</source>
        <translation>il ne contient ni images ni étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a readable .npz: {0}</source>
        <translation>pas un .npz lisible&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds Python objects</source>
        <translation>il contient des objets Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>images are {0}, labels {1}</source>
        <translation>les images sont de forme {0}, les étiquettes de forme {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} images but {1} labels</source>
        <translation>{0} images mais {1} étiquettes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>labels must be whole numbers 0-9</source>
        <translation>les étiquettes doivent être des nombres entiers de 0 à 9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pixels must be 0-255</source>
        <translation>les pixels doivent être compris entre 0 et 255</translation>
    </message>
</context>
<context>
    <name>MyDrawingsBar</name>
    <message>
        <location filename="../../gui/drawing/my_drawings_bar.py" line="+55"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score the current model on “my drawings”</source>
        <translation>Évaluer le modèle actuel sur «&#xa0;mes dessins&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use in training</source>
        <translation>utiliser à l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “my drawings” to MNIST when training (Train more with this on fine-tunes the current model)</source>
        <translation>Ajouter «&#xa0;mes dessins&#xa0;» à MNIST pendant l&apos;entraînement (Continuer avec cette case cochée affine le modèle actuel)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as a {0} in “my drawings” ({1} in all)</source>
        <translation>Enregistré comme un {0} dans «&#xa0;mes dessins&#xa0;» ({1} au total)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is using the drawings file: the {0} waits and is saved when it is free ({1} waiting)</source>
        <translation>Un autre programme utilise le fichier des dessins : le {0} attend et sera enregistré dès qu’il sera libre ({1} en attente)</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Saved %n waiting drawings in “my drawings” ({0} in all)</source>
        <translation>
            <numerusform>%n dessin en attente enregistré dans « mes dessins » ({0} au total)</numerusform>
            <numerusform>%n dessins en attente enregistrés dans « mes dessins » ({0} au total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n waiting drawings could not be saved: {0}</source>
        <translation>
            <numerusform>%n dessin en attente n’a pas pu être enregistré : {0}</numerusform>
            <numerusform>%n dessins en attente n’ont pas pu être enregistrés : {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My drawings could not be read: {0}</source>
        <translation>Impossible de lire mes dessins&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>My drawings: the file could not be read</source>
        <translation>Mes dessins&#xa0;: impossible de lire le fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My drawings ({0}): {1}</source>
        <translation>Mes dessins ({0})&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/views/network_view.py" line="+25"/>
        <source>First-layer weights</source>
        <translation>Poids de la première couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your drawing inside the network</source>
        <translation>Votre dessin dans le réseau</translation>
    </message>
</context>
<context>
    <name>Neuron</name>
    <message>
        <location filename="../../core/evaluation/neuron.py" line="+56"/>
        <source>softmax, with the other units&apos; z: p = {0}</source>
        <translation>softmax, avec les z des autres unités : p = {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>z = Σ wᵢxᵢ + b = {0} + (the other %n terms: {1}) + bias {2} = {3}</source>
        <translation>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (l&apos;autre terme, %n&#xa0;: {1}) + biais {2} = {3}</numerusform>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (les %n autres termes&#xa0;: {1}) + biais {2} = {3}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole layer at once: (1×784)·(784×{0}) + (1×{0}) → (1×{0})</source>
        <translation>Toute la couche d&apos;un coup : (1×784)·(784×{0}) + (1×{0}) → (1×{0})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Output layer: logits zₖ = {0}</source>
        <translation>Couche de sortie : logits zₖ = {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax: pₖ = e^zₖ / Σⱼ e^zⱼ = {0}</source>
        <translation>softmax : pₖ = e^zₖ / Σⱼ e^zⱼ = {0}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../gui/notice_bar.py" line="+31"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OutPath</name>
    <message>
        <location filename="../../core/store/out_path.py" line="+65"/>
        <source>{0} is inside DigitLab&apos;s own files ({1}), which would be damaged; choose a place outside it</source>
        <translation>{0} se trouve dans les fichiers de DigitLab ({1}), qui seraient endommagés&#xa0;; choisissez un emplacement en dehors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is a folder; name a file to write</source>
        <translation>{0} est un dossier&#xa0;; indiquez un fichier à écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a regular file; name a file to write</source>
        <translation>{0} n&apos;est pas un fichier ordinaire&#xa0;; indiquez un fichier à écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} already exists and is not a {1} file, so it would be replaced by one of another kind</source>
        <translation>{0} existe déjà et n&apos;est pas un fichier {1}&#xa0;: il serait remplacé par un fichier d&apos;un autre type</translation>
    </message>
</context>
<context>
    <name>Overfitting</name>
    <message>
        <location filename="../../core/training/overfitting.py" line="+36"/>
        <source>No validation data: the gap cannot be measured</source>
        <translation>Pas de données de validation&#xa0;: l&apos;écart ne peut pas être mesuré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accuracy gap (train, mean over the epoch − test) {0} points</source>
        <translation>écart d&apos;exactitude (entraînement, moyenne sur l&apos;époque − test) {0} points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accuracy gap (train, mean over the epoch − val) {0} points</source>
        <translation>écart d&apos;exactitude (entr., moyenne sur l&apos;époque − val.) {0} points</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loss gap (test − train, mean over the epoch) {0}</source>
        <translation>écart de perte (test − entraînement, moyenne sur l&apos;époque) {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss gap (val − train, mean over the epoch) {0}</source>
        <translation>écart de perte (val. − entr., moyenne sur l&apos;époque) {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test loss rose in epoch {0}</source>
        <translation>la perte de test a augmenté à l&apos;époque {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>val loss rose in epoch {0}</source>
        <translation>perte de val. en hausse à l&apos;époque {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lowest test loss at epoch {0}</source>
        <translation>plus faible perte de test à l&apos;époque {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest val loss at epoch {0}</source>
        <translation>perte de val. minimale à l&apos;époque {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EarlyStopping at epoch {0}</source>
        <translation>EarlyStopping à l&apos;époque {0}</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <location filename="../../gui/drawing/pixel_view.py" line="+41"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} by {1} pixels, {2} of them inked</source>
        <translation>{0} sur {1} pixels, dont {2} encrés</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../gui/drawing/prediction_panel.py" line="+40"/>
        <source>cropped</source>
        <translation>recadré</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>redrawn</source>
        <translation>redessiné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crop to the ink&apos;s bounding box. The redrawn strokes already fill a box of one size, so unticking this alone changes little: untick “redrawn” too to see it</source>
        <translation>Recadrer sur le rectangle qu&apos;occupe l&apos;encre. Les traits redessinés remplissent déjà une boîte de taille fixe&#xa0;: décocher cette étape seule change peu, décochez aussi « redessiné » pour le voir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thinned</source>
        <translation>aminci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>centred</source>
        <translation>centré</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Redraw the strokes at one size with the same pen, so a digit drawn small reaches the network like one drawn large</source>
        <translation>Redessiner les traits à une seule taille avec le même stylo, pour qu’un chiffre dessiné petit arrive au réseau comme un chiffre dessiné grand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thin strokes thicker than a tenth of the digit&apos;s size, as thick as MNIST&apos;s</source>
        <translation>Amincir les traits plus épais qu&apos;un dixième du chiffre, comme ceux de MNIST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale the longer side to 20 px, keeping the aspect</source>
        <translation>Ramener le plus grand côté à 20 px, en gardant les proportions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the centre of mass at the centre. A balanced digit&apos;s centre of mass is already near its box&apos;s centre, so unticking moves it a pixel or not at all; on a lopsided one (a 7 with a long top bar, a 4 with a long stem) it moves the digit</source>
        <translation>Placer le centre de masse au centre. Pour un chiffre équilibré, le centre de masse est déjà près du centre de sa boîte&#xa0;: décocher le déplace d&apos;un pixel ou pas du tout ; pour un chiffre déséquilibré (un 7 à longue barre, un 4 à longue tige), il déplace le chiffre</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0}. Untick to see what the step contributes.</source>
        <translation>{0}. Décochez pour voir ce qu&apos;apporte cette étape.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>network input (28×28)</source>
        <translation>entrée du réseau (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit on the canvas: the 28×28 pixels the network reads appear here</source>
        <translation>Dessinez un chiffre dans la zone de dessin&#xa0;: les 28×28 pixels lus par le réseau apparaissent ici</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as:</source>
        <translation>C&apos;est un&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this drawing as a {0} in “my drawings”, whether the answer was right or wrong</source>
        <translation>Enregistrer ce dessin comme un {0} dans «&#xa0;mes dessins&#xa0;», que la réponse soit juste ou fausse</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../core/model/architectures.py" line="+296"/>
        <source>Assignment 1: 32-16</source>
        <translation>Exercice 1&#xa0;: 32-16</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assignment 2: 1024-512-256-128-64</source>
        <translation>Exercice 2&#xa0;: 1024-512-256-128-64</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>128-64 with dropout 0.2</source>
        <translation>128-64 avec dropout 0.2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>256-128 with batch norm and dropout 0.3</source>
        <translation>256-128 avec normalisation par lots et dropout 0.3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>One hidden layer of 100</source>
        <translation>Une couche cachée de 100</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>the checkpoint&apos;s example</source>
        <translation>l&apos;exemple du checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigitLab&apos;s own, not from the course texts</source>
        <translation>propre à DigitLab, pas tiré des textes du cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assignment&apos;s task 1: two small relu layers, trained like the checkpoint&apos;s example (SGD, batch 32, no validation split), 20 epochs.</source>
        <translation>Tâche 1 du devoir : deux petites couches relu, entraînées comme l&apos;exemple du checkpoint (SGD, lot de 32, sans part de validation), 20 époques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the assignment, task 1</source>
        <translation>le devoir, tâche 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assignment&apos;s task 2: a deep, wide net, trained like the checkpoint&apos;s example, 20 epochs.</source>
        <translation>Tâche 2 du devoir : un réseau profond et large, entraîné comme l&apos;exemple du checkpoint, 20 époques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assignment, task 2</source>
        <translation>le devoir, tâche 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint example 256-128 (SGD)</source>
        <translation>Exemple du checkpoint 256-128 (SGD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checkpoint&apos;s example: SGD with Keras&apos;s defaults (learning rate 0.01, no momentum), batch 32, 30 epochs, no validation split.</source>
        <translation>L&apos;exemple du checkpoint : SGD avec les valeurs par défaut de Keras (taux d&apos;apprentissage 0,01, sans momentum), lot de 32, 30 époques, sans part de validation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lesson&apos;s dropout example (Sequential and Functional API): dropout 0.2, Adam, batch 128.</source>
        <translation>L&apos;exemple de dropout de la leçon (API Sequential et Functional) : dropout 0,2, Adam, lot de 128.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>the lesson, section Dropout</source>
        <translation>la leçon, section Dropout</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>256-128 with dropout 0.5 / 0.3</source>
        <translation>256-128 avec dropout 0.5 / 0.3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson&apos;s variant: heavier dropout on the wider layer.</source>
        <translation>La variante du cours&#xa0;: dropout plus fort sur la couche la plus large.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>256-128 with L2(0.01)</source>
        <translation>256-128 avec L2(0.01)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s variant: L2 weight penalty 0.01 on each hidden layer.</source>
        <translation>La variante du cours&#xa0;: pénalité L2 de 0.01 sur les poids de chaque couche cachée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, section L2 regularization</source>
        <translation>la leçon, section Régularisation L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>256-128 with Dense → BatchNorm → ReLU</source>
        <translation>256-128 avec Dense → BatchNorm → ReLU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson&apos;s batch norm example: the batch norm sits between each Dense layer and its relu.</source>
        <translation>L&apos;exemple de normalisation par lots de la leçon : la normalisation se place entre chaque couche Dense et sa relu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, section Batch normalization</source>
        <translation>la leçon, section Normalisation par lots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lesson&apos;s complete example: batch norm and dropout 0.3, EarlyStopping(patience 5, restore best).</source>
        <translation>L&apos;exemple complet de la leçon : normalisation par lots et dropout 0,3, EarlyStopping (patience 5, restaurer les meilleurs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lesson, the complete example</source>
        <translation>la leçon, l&apos;exemple complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment 1 with Adam (extra)</source>
        <translation>Tâche 1 avec Adam (extra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigitLab&apos;s extra, not the assignment&apos;s settings: task 1&apos;s net with Adam and validation 0.1.</source>
        <translation>Un extra de DigitLab, pas les réglages du devoir : le réseau de la tâche 1 avec Adam et une validation de 0,1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assignment 2 with Adam (extra)</source>
        <translation>Tâche 2 avec Adam (extra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigitLab&apos;s extra, not the assignment&apos;s settings: task 2&apos;s net with Adam and validation 0.1.</source>
        <translation>Un extra de DigitLab, pas les réglages du devoir : le réseau de la tâche 2 avec Adam et une validation de 0,1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DigitLab&apos;s own: the smallest useful net, 784-100-10.</source>
        <translation>Propre à DigitLab : le plus petit réseau utile, 784-100-10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sigmoid 1024-512-256-128-64 (vanishing gradients)</source>
        <translation>Sigmoïde 1024-512-256-128-64 (disparition du gradient)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DigitLab&apos;s own: assignment 2 with sigmoid; compare the first layers&apos; gradients with relu&apos;s.</source>
        <translation>Propre à DigitLab : la tâche 2 avec sigmoïde ; compare les gradients des premières couches avec ceux de relu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DigitLab&apos;s own: 784 inputs straight to 10 outputs, 7,850 parameters: is depth worth it?</source>
        <translation>Propre à DigitLab : 784 entrées directement vers 10 sorties, 7 850 paramètres : la profondeur en vaut-elle la peine ?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No hidden layer (softmax regression)</source>
        <translation>Sans couche cachée (régression softmax)</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../gui/drawing/probability_bars.py" line="+40"/>
        <source>no drawing</source>
        <translation>aucun dessin</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../core/report/program_file.py" line="+38"/>
        <source>no free name for the program&apos;s model beside {0}</source>
        <translation>aucun nom libre pour le modèle du programme à côté de {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: a program is a Jupyter notebook (.ipynb) or a Python script (.py)</source>
        <translation>{0} : un programme est un notebook Jupyter (.ipynb) ou un script Python (.py)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: the hand-in is one Jupyter notebook (.ipynb)</source>
        <translation>{0} : le rendu est un seul notebook Jupyter (.ipynb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} keeps its best epoch in a file of its own; the hand-in writes no file: export it alone</source>
        <translation>{0} garde sa meilleure époque dans un fichier à lui ; le rendu n&apos;écrit aucun fichier : exporte-le seul</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <location filename="../../core/training/run_store.py" line="+40"/>
        <source>runs could not be read: {0}</source>
        <translation>impossible de lire les essais&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n runs in {0} are not well-formed and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n entraînement de {0} est mal formé et est laissé de côté ; le fichier le conserve</numerusform>
            <numerusform>%n entraînements de {0} sont mal formés et sont laissés de côté ; le fichier les conserve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not save runs ({0}); earlier runs are intact</source>
        <translation>impossible d&apos;enregistrer les essais ({0})&#xa0;; les essais précédents sont intacts</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not a list of runs</source>
        <translation>pas une liste d&apos;essais</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n essai</numerusform>
            <numerusform>%n essais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../gui/training/runs_panel.py" line="+27"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epochs</source>
        <translation>époques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>val acc</source>
        <translation>exact. val.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test acc</source>
        <translation>exact. test</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;layers {1} · {2} parameters&lt;br&gt;{3}, learning rate {4}, batch {5}, seed {6}&lt;br&gt;training accuracy {7} · validation {8} · test {9}&lt;br&gt;{10} in {11} s — {12}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;couches {1} · {2} paramètres&lt;br&gt;{3}, taux d&apos;apprentissage {4}, lot {5}, graine {6}&lt;br&gt;exactitude d&apos;entraînement {7} · validation {8} · test {9}&lt;br&gt;{10} en {11} s — {12}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tick runs to compare their curves; double-click a name to rename it</source>
        <translation>Cochez des essais pour comparer leurs courbes&#xa0;; double-cliquez sur un nom pour le renommer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete selected run</source>
        <translation>Supprimer l&apos;essai sélectionné</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Delete run</source>
        <translation>Supprimer l&apos;essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the run “{0}”? Its kept model goes too; models you saved yourself stay.</source>
        <translation>Supprimer l&apos;essai «&#xa0;{0}&#xa0;»&#xa0;? Son modèle conservé sera supprimé aussi&#xa0;; les modèles que vous avez enregistrés vous-même restent.</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../gui/views/sample_dialog.py" line="+26"/>
        <source>what the network sees (28×28)</source>
        <translation>ce que voit le réseau (28×28)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>right</source>
        <translation>correct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>incorrect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True digit &lt;b&gt;{0}&lt;/b&gt; · predicted &lt;b&gt;{1}&lt;/b&gt; ({2} %) · {3}. The network gave the true digit {4} %. &lt;span style=&apos;color:#3ca050&apos;&gt;Green&lt;/span&gt;: the true digit; &lt;span style=&apos;color:#f08c1e&apos;&gt;orange&lt;/span&gt;: the answer.</source>
        <translation>Chiffre réel &lt;b&gt;{0}&lt;/b&gt; · prédit &lt;b&gt;{1}&lt;/b&gt; ({2}&#xa0;%) · {3}. Le réseau a donné {4}&#xa0;% au chiffre réel. &lt;span style=&apos;color:#3ca050&apos;&gt;Vert&lt;/span&gt;&#xa0;: le chiffre réel&#xa0;; &lt;span style=&apos;color:#f08c1e&apos;&gt;orange&lt;/span&gt;&#xa0;: la réponse.</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <location filename="../../gui/views/sample_gallery.py" line="+58"/>
        <source>test image #{0}: true {1}, predicted {2}</source>
        <translation>image de test n° {0}&#xa0;: réel {1}, prédit {2}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../gui/session.py" line="+92"/>
        <source>bundled default model</source>
        <translation>modèle intégré par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model you used last could not be read ({0}); the bundled one answers</source>
        <translation>Le dernier modèle utilisé n’a pas pu être lu ({0}) ; c’est le modèle fourni qui répond</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No default model: {0}</source>
        <translation>Pas de modèle par défaut&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Specs</name>
    <message>
        <location filename="../../core/model/architectures.py" line="-304"/>
        <source>batch_norm_before needs batch_norm: there is no batch norm to place before the activation</source>
        <translation>batch_norm_before exige batch_norm : il n&apos;y a pas de normalisation par lots à placer avant l&apos;activation</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+74"/>
        <source>at most {0} hidden layers, not {1}</source>
        <translation>au plus {0} couches cachées, pas {1}</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+135"/>
        <location filename="../../core/model/layer_grammar.py" line="+35"/>
        <source>layer {0}: {1}</source>
        <translation>couche {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>the network has {0} parameters; at most {1} can be trained on a lab computer with 8 GB of memory</source>
        <translation>le réseau a {0} paramètres ; un ordinateur de salle de TP avec 8 Go de mémoire peut en entraîner au plus {1}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{0} is missing</source>
        <translation>{0} manque</translation>
    </message>
    <message>
        <location filename="../../core/model/spec_checks.py" line="+29"/>
        <source>{0} must be a whole number from {1} to {2}, not {3}</source>
        <translation>{0} doit être un nombre entier de {1} à {2}, pas {3}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} must be a number above {1} and at most {2}, not {3}</source>
        <translation>{0} doit être un nombre supérieur à {1} et au plus {2}, pas {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} must be a number from {1} to {2}, not {3}</source>
        <translation>{0} doit être un nombre de {1} à {2}, pas {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be true or false, not {1}</source>
        <translation>{0} doit valoir true ou false, pas {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} must be one of {1}, not {2}</source>
        <translation>{0} doit être l’un de {1}, pas {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} must be one line of at most {1} printable characters, not {2}</source>
        <translation>{0} doit être une ligne d’au plus {1} caractères imprimables, pas {2}</translation>
    </message>
    <message>
        <location filename="../../core/model/architectures.py" line="-87"/>
        <location line="+57"/>
        <location line="+17"/>
        <source>a spec needs a list of layers</source>
        <translation>une spécification a besoin d&apos;une liste de couches</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>layers are written as unit counts joined by &apos;-&apos;, like 256-128; got {0}</source>
        <translation>les couches s&apos;écrivent comme des nombres d&apos;unités reliés par &apos;-&apos;, par exemple 256-128&#xa0;; reçu&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>no preset {0}; presets: {1}</source>
        <translation>aucun préréglage {0}&#xa0;; préréglages&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_grammar.py" line="+8"/>
        <source>a layer starts with its number of units, like 256:relu; got {0}</source>
        <translation>une couche commence par son nombre de neurones, comme 256:relu ; reçu {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dropout comes last in a layer, after {0}</source>
        <translation>le dropout vient en dernier dans une couche, après {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read {0}: a layer&apos;s parts are relu, sigmoid or tanh, bn, dropout=RATE and l2=FACTOR, each once</source>
        <translation>impossible de lire {0} : les parties d&apos;une couche sont relu, sigmoid ou tanh, bn, dropout=TAUX et l2=FACTEUR, chacune une fois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} must be a number, not {1}</source>
        <translation>{0} doit être un nombre, pas {1}</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message>
        <location filename="../../core/training/progress.py" line="+22"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped by user</source>
        <translation>arrêté par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>early stopping</source>
        <translation>arrêt précoce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss became NaN</source>
        <translation>la perte est devenue NaN</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../core/store/atomic.py" line="+54"/>
        <source>cannot write in {0} ({1})</source>
        <translation>impossible d&apos;écrire dans {0} ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not save {0} ({1}); the previous file is unchanged</source>
        <translation>impossible d&apos;enregistrer {0} ({1})&#xa0;; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <location filename="../../core/store/database.py" line="+111"/>
        <source>cannot open {0} ({1})</source>
        <translation>impossible d&apos;ouvrir {0} ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not save to {0} ({1}); everything saved before is intact</source>
        <translation>impossible d&apos;enregistrer dans {0} ({1})&#xa0;; tout ce qui a été enregistré avant est intact</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{0} could not be read ({1}); it was moved to {2} and a new one started</source>
        <translation>impossible de lire {0} ({1})&#xa0;; le fichier a été déplacé vers {2} et un nouveau a été créé</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+5"/>
        <location line="+33"/>
        <source>cannot use {0} ({1})</source>
        <translation>impossible d&apos;utiliser {0} ({1})</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>the integrity check failed</source>
        <translation>la vérification d&apos;intégrité a échoué</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{0} could not be read ({1}); it was moved to {2}</source>
        <translation>impossible de lire {0} ({1})&#xa0;; le fichier a été déplacé vers {2}</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>{0} is busy: another program is using it; try again in a moment</source>
        <translation>{0} est occupé : un autre programme l’utilise ; réessayez dans un instant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing can be saved: {0}</source>
        <translation>rien ne peut être enregistré : {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it was made by a newer DigitLab (schema {0}; this version knows {1})</source>
        <translation>il a été créé par une version plus récente de DigitLab (schéma {0} ; cette version connaît le {1})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it was opened read-only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data folder {0} cannot be made ({1})</source>
        <translation>le dossier de données {0} ne peut pas être créé ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data folder {0} is read-only</source>
        <translation>le dossier de données {0} est en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is write-protected</source>
        <translation>le fichier est protégé en écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is write-protected</source>
        <translation>{0} est protégé en écriture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} cannot be changed ({1})</source>
        <translation>{0} ne peut pas être modifié ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} could not be read ({1}) nor moved aside</source>
        <translation>{0} n’a pu être ni lu ({1}) ni mis de côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} could not be read</source>
        <translation>{0} n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} is open read-only: {1}; drawing and predicting work, nothing is saved</source>
        <translation>{0} est ouvert en lecture seule : {1} ; dessiner et prédire fonctionnent, rien n’est enregistré</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{0} imported from {1} (kept as {2})</source>
        <translation>{1} importé&#xa0;: {0} (conservé sous le nom {2})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(could not be moved)</source>
        <translation>(impossible à déplacer)</translation>
    </message>
    <message>
        <location filename="../../core/store/plain.py" line="+47"/>
        <source>{0} is a folder, not a {1}</source>
        <translation>{0} est un dossier, pas un {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} does not exist</source>
        <translation>{0} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} cannot be read (permission denied)</source>
        <translation>impossible de lire {0} (permission refusée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is empty</source>
        <translation>{0} est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is {1} MB, too large for a {2}</source>
        <translation>{0} fait {1} Mo, trop volumineux pour un {2}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../gui/task_runner.py" line="+150"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../gui/training/training_controls.py" line="+42"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new network with these settings</source>
        <translation>Entraîner un nouveau réseau avec ces réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch; the weights are kept</source>
        <translation>Arrêter après le lot en cours&#xa0;; les poids sont conservés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train more</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from the current weights</source>
        <translation>Poursuivre l&apos;entraînement à partir des poids actuels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>idle</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a network and press Train, or draw a digit →</source>
        <translation>Choisissez un réseau et cliquez sur Entraîner, ou dessinez un chiffre →</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source> epochs</source>
        <comment>after the number of epochs</comment>
        <translation>
            <numerusform> époque</numerusform>
            <numerusform> époques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0} of {1}</source>
        <translation>époque {0} sur {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>epoch {0} (%n more)</source>
        <translation>
            <numerusform>époque {0} (%n de plus)</numerusform>
            <numerusform>époque {0} (%n de plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>epoch {0} ({1} of %n more)</source>
        <translation>
            <numerusform>époque {0} ({1} sur %n de plus)</numerusform>
            <numerusform>époque {0} ({1} sur %n de plus)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Training… the canvas predicts with the newest epoch.</source>
        <translation>Entraînement… votre dessin est déjà reconnu avec l&apos;état de la dernière époque.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} · batch {1}/{2} · {3} elapsed · ETA {4}</source>
        <translation>{0} · lot {1}/{2} · {3} écoulé · reste {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, validation {0} %</source>
        <translation>, validation {0}&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch {0}: training accuracy {1} %{2}, loss {3}</source>
        <translation>Époque {0}&#xa0;: exactitude d&apos;entraînement {1}&#xa0;%{2}, perte {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training failed: {0}</source>
        <translation>Échec de l&apos;entraînement&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingFlow</name>
    <message>
        <location filename="../../gui/training/training_flow.py" line="+113"/>
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened {0}: test accuracy {1} %</source>
        <translation>{0} ouvert&#xa0;: exactitude de test {1}&#xa0;%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: its training settings were not used ({1})</source>
        <translation>{0} : ses réglages d’entraînement n’ont pas été repris ({1})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Train a model (or open one) first</source>
        <translation>Entraînez (ou ouvrez) d&apos;abord un modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (continued from {1})</source>
        <translation>{0} (suite de {1})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot train this network: {0}</source>
        <translation>Impossible d’entraîner ce réseau : {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} (epoch {1})</source>
        <translation>{0} (époque {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epoch {0}</source>
        <translation>époque {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>test accuracy {0} % (loss {1}), </source>
        <translation>exactitude de test {0}&#xa0;% (perte {1}), </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Note: {0}.</source>
        <translation> Remarque&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: {0}{1} in {2} s — {3}.{4}</source>
        <translation>Terminé&#xa0;: {0}{1} en {2} s — {3}.{4}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Training {0}</source>
        <translation>Entraînement&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The run&apos;s model could not be read back: {0}</source>
        <translation>Impossible de relire le modèle de l&apos;essai&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>out of memory: try fewer or smaller layers, or a smaller batch size</source>
        <translation>mémoire insuffisante&#xa0;: essayez moins de couches, des couches plus petites ou une taille de lot plus petite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training failed: {0}</source>
        <translation>Échec de l&apos;entraînement&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training is unavailable on this machine: {0}. Drawing and predicting with the bundled models still work.</source>
        <translation>L&apos;entraînement n&apos;est pas disponible sur cette machine&#xa0;: {0}. Vous pouvez toujours dessiner et obtenir des prédictions avec les modèles intégrés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TensorFlow is ready to train</source>
        <translation>TensorFlow est prêt pour l&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>TrainingNotes</name>
    <message>
        <location filename="../../core/model/network.py" line="+93"/>
        <source>the model had no optimizer: compiled with {0} (learning rate {1}), with a loss that reads its logits</source>
        <translation>le modèle n&apos;avait pas d&apos;optimiseur&#xa0;: compilé avec {0} (taux d&apos;apprentissage {1}), avec une perte qui lit ses logits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model had no optimizer: compiled with {0} (learning rate {1})</source>
        <translation>le modèle n&apos;avait pas d&apos;optimiseur&#xa0;: compilé avec {0} (taux d&apos;apprentissage {1})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file&apos;s optimizer could not continue with this model, so a new {0} with the same settings continues it</source>
        <translation>l&apos;optimiseur du fichier ne pouvait pas continuer avec ce modèle&#xa0;: un nouveau {0} avec les mêmes réglages le poursuit</translation>
    </message>
    <message>
        <location filename="../../core/training/train.py" line="+141"/>
        <source>the loss became NaN, so the model keeps the weights of epoch {0}, the last finite one</source>
        <translation>la perte est devenue NaN, le modèle garde donc les poids de l&apos;époque {0}, la dernière aux valeurs finies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the loss became NaN before any epoch ended, so no model was kept; try a smaller learning rate</source>
        <translation>la perte est devenue NaN avant la fin de la première époque, aucun modèle n&apos;a donc été conservé&#xa0;; essayez un taux d&apos;apprentissage plus petit</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <location filename="../../core/training/training_process.py" line="+134"/>
        <source>the training process ended unexpectedly (exit code {0}); the next training starts a new one</source>
        <translation>le processus d’entraînement s’est arrêté de façon inattendue (code de sortie {0}) ; le prochain entraînement en démarre un nouveau</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../core/training/session.py" line="+109"/>
        <source>Loading TensorFlow and MNIST…</source>
        <translation>Chargement de TensorFlow et de MNIST…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training cancelled before it started</source>
        <translation>entraînement annulé avant de commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluating on the test set…</source>
        <translation>Évaluation sur le jeu de test…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the run&apos;s model could not be kept: {0}</source>
        <translation>impossible de conserver le modèle de l&apos;essai&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the run “{0}” kept no model to continue</source>
        <translation>l&apos;essai «&#xa0;{0}&#xa0;» n&apos;a conservé aucun modèle à poursuivre</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../gui/views/weights_view.py" line="+110"/>
        <source>show</source>
        <translation>afficher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many first-layer units to show (the first ones)</source>
        <translation>Nombre d&apos;unités de la première couche à afficher (les premières)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first {0}</source>
        <translation>les {0} premières</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>First hidden layer: %n units, {0} shown</source>
        <translation>
            <numerusform>Première couche cachée&#xa0;: %n unité, affichage&#xa0;: {0}</numerusform>
            <numerusform>Première couche cachée&#xa0;: %n unités, {0} affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hidden layer: the 10 output units, one per digit (0 to 9), so each tile is a template of its digit</source>
        <translation>Pas de couche cachée&#xa0;: les 10 unités de sortie, une par chiffre (0 à 9)&#xa0;; chaque vignette est donc un gabarit de son chiffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. Each tile is one unit&apos;s 784 input weights: &lt;span style=&apos;color:#b2182b&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; — ink there excites the unit, &lt;span style=&apos;color:#2166ac&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; — ink there inhibits it (each tile scaled to its own range).</source>
        <translation>{0}. Chaque vignette montre les 784 poids d&apos;entrée d&apos;une unité&#xa0;: &lt;span style=&apos;color:#b2182b&apos;&gt;&lt;b&gt;rouge&lt;/b&gt;&lt;/span&gt; — de l&apos;encre à cet endroit excite l&apos;unité, &lt;span style=&apos;color:#2166ac&apos;&gt;&lt;b&gt;bleu&lt;/b&gt;&lt;/span&gt; — de l&apos;encre à cet endroit l&apos;inhibe (chaque vignette a sa propre échelle).</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gui/window_menus.py" line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>About DigitLab</source>
        <translation>À propos de DigitLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;DigitLab&lt;/b&gt;&lt;br&gt;Train dense networks on MNIST, watch them learn, and draw digits for them to read.&lt;br&gt;&lt;br&gt;MNIST by Y. LeCun, C. Cortes and C. Burges (CC BY-SA 3.0).</source>
        <translation>&lt;b&gt;DigitLab&lt;/b&gt;&lt;br&gt;Entraînez des réseaux denses sur MNIST, regardez-les apprendre et dessinez des chiffres qu&apos;ils devront reconnaître.&lt;br&gt;&lt;br&gt;MNIST par Y. LeCun, C. Cortes et C. Burges (CC BY-SA 3.0).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save model…</source>
        <translation>&amp;Enregistrer le modèle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export curves (PNG or SVG)…</source>
        <translation>Exporter les courbes (PNG ou SVG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history (CSV)…</source>
        <translation>Exporter l&apos;historique (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as notebook or script…</source>
        <translation>Exporter en notebook ou en script…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the assignment&apos;s hand-in notebook…</source>
        <translation>Exporter le notebook à rendre pour le devoir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export my drawings (class data set)…</source>
        <translation>Exporter mes dessins (données de la classe)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab &amp;report (HTML)…</source>
        <translation>&amp;Compte rendu de TP (HTML)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose MNIST data…</source>
        <translation>Choisir les données MNIST…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo stroke</source>
        <translation>Annuler le trait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo stroke</source>
        <translation>Rétablir le trait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear canvas</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train &amp;more</source>
        <translation>&amp;Continuer l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fine-tune on a data set file…</source>
        <translation>Affiner sur un fichier de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train more on MNIST plus a class data set (Export my drawings, or main.py drawings merge)</source>
        <translation>Continuer l&apos;entraînement sur MNIST plus un jeu de données de la classe (Exporter mes dessins, ou main.py drawings merge)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Mode présentateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show “{0}”</source>
        <translation>Afficher «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>_Grid</name>
    <message>
        <location filename="../../gui/views/weights_view.py" line="-68"/>
        <source>unit {0}: click to see its arithmetic on your drawing</source>
        <translation>unité {0}&#xa0;: cliquez pour voir son calcul sur votre dessin</translation>
    </message>
</context>
<context>
    <name>_LayerBlocks</name>
    <message>
        <location filename="../../gui/views/activations_view.py" line="-231"/>
        <source>Draw a digit to see the hidden layers light up</source>
        <translation>Dessinez un chiffre pour voir les couches cachées s&apos;allumer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>One cell per unit: white = silent (0), dark orange = the layer&apos;s strongest.</source>
        <translation>Une case par unité&#xa0;: blanc = inactive (0), orange foncé = la plus active de la couche.</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="-218"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a .keras file</source>
        <translation>Comparer avec un fichier .keras</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>input 28×28</source>
        <translation>entrée 28×28</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Compare with a model</source>
        <translation>Comparer avec un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keras models ({0})</source>
        <translation>Modèles Keras ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model chosen</source>
        <translation>Aucun modèle choisi</translation>
    </message>
</context>
</TS>
