<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivationsView</name>
    <message numerus="yes">
        <location filename="../../gui/views/activations_view.py" line="+252"/>
        <source>hidden layer {0} — %n units, {1} active, strongest {2}</source>
        <translation>
            <numerusform>hidden layer {0} — %n unit, {1} active, strongest {2}</numerusform>
            <numerusform>hidden layer {0} — %n units, {1} active, strongest {2}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message numerus="yes">
        <location filename="../../gui/views/confusion_view.py" line="+78"/>
        <source>{0} of %n true {1}s {2}. Click to see them.</source>
        <translation>
            <numerusform>{0} of %n true {1} {2}. Click to see it.</numerusform>
            <numerusform>{0} of %n true {1}s {2}. Click to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Epochs</name>
    <message numerus="yes">
        <location filename="../../core/training/history.py" line="+142"/>
        <source>%n epochs</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message numerus="yes">
        <location filename="../../gui/views/evaluate_view.py" line="+273"/>
        <source>True {0}, {1}: %n images{2}. Click one to see it large.</source>
        <translation>
            <numerusform>True {0}, {1}: %n image{2}. Click it to see it large.</numerusform>
            <numerusform>True {0}, {1}: %n images{2}. Click one to see it large.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../gui/file_actions.py" line="+252"/>
        <source>Fine-tuning on {0} for %n epochs</source>
        <translation>
            <numerusform>Fine-tuning on {0} for %n epoch</numerusform>
            <numerusform>Fine-tuning on {0} for %n epochs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message numerus="yes">
        <location filename="../../core/report/report.py" line="+186"/>
        <source>The first %n units of the first hidden layer as 28×28 images (red: ink there excites the unit, blue: ink there inhibits it; each tile scaled to its own range).</source>
        <translation>
            <numerusform>The first unit of the first hidden layer as a 28×28 image (red: ink there excites the unit, blue: ink there inhibits it; scaled to its own range).</numerusform>
            <numerusform>The first %n units of the first hidden layer as 28×28 images (red: ink there excites the unit, blue: ink there inhibits it; each tile scaled to its own range).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDrawings</name>
    <message numerus="yes">
        <location filename="../../core/data/my_drawings.py" line="+115"/>
        <source>%n drawings in {0} are not well-formed (a label outside 0-9, an image that is not 28x28 or strokes that are not a list) and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n drawing in {0} is not well-formed (a label outside 0-9, an image that is not 28x28 or strokes that are not a list) and is left out; the file keeps it</numerusform>
            <numerusform>%n drawings in {0} are not well-formed (a label outside 0-9, an image that is not 28x28 or strokes that are not a list) and are left out; the file keeps them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n drawings</source>
        <translation>
            <numerusform>%n drawing</numerusform>
            <numerusform>%n drawings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDrawingsBar</name>
    <message numerus="yes">
        <location filename="../../gui/drawing/my_drawings_bar.py" line="+110"/>
        <source>Saved %n waiting drawings in “my drawings” ({0} in all)</source>
        <translation>
            <numerusform>Saved %n waiting drawing in “my drawings” ({0} in all)</numerusform>
            <numerusform>Saved %n waiting drawings in “my drawings” ({0} in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n waiting drawings could not be saved: {0}</source>
        <translation>
            <numerusform>%n waiting drawing could not be saved: {0}</numerusform>
            <numerusform>%n waiting drawings could not be saved: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Neuron</name>
    <message numerus="yes">
        <location filename="../../core/evaluation/neuron.py" line="+59"/>
        <source>z = Σ wᵢxᵢ + b = {0} + (the other %n terms: {1}) + bias {2} = {3}</source>
        <translation>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (the other %n term: {1}) + bias {2} = {3}</numerusform>
            <numerusform>z = Σ wᵢxᵢ + b = {0} + (the other %n terms: {1}) + bias {2} = {3}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message numerus="yes">
        <location filename="../../core/training/run_store.py" line="+56"/>
        <source>%n runs in {0} are not well-formed and are left out; the file keeps them</source>
        <translation>
            <numerusform>%n run in {0} is not well-formed and is left out; the file keeps it</numerusform>
            <numerusform>%n runs in {0} are not well-formed and are left out; the file keeps them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message numerus="yes">
        <location filename="../../gui/training/training_controls.py" line="+81"/>
        <source> epochs</source>
        <comment>after the number of epochs</comment>
        <translation>
            <numerusform> epoch</numerusform>
            <numerusform> epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>epoch {0} (%n more)</source>
        <translation>
            <numerusform>epoch {0} (%n more)</numerusform>
            <numerusform>epoch {0} (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>epoch {0} ({1} of %n more)</source>
        <translation>
            <numerusform>epoch {0} ({1} of %n more)</numerusform>
            <numerusform>epoch {0} ({1} of %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message numerus="yes">
        <location filename="../../gui/views/weights_view.py" line="+149"/>
        <source>First hidden layer: %n units, {0} shown</source>
        <translation>
            <numerusform>First hidden layer: %n unit, {0} shown</numerusform>
            <numerusform>First hidden layer: %n units, {0} shown</numerusform>
        </translation>
    </message>
</context>
</TS>
