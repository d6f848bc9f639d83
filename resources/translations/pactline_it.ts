<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
    <context>
        <name>BranchBar</name>
        <message>
            <location filename="../../gui/branches/bar.py" line="48" />
            <source>Branch Points…</source>
            <translation>Punti di diramazione…</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="49" />
            <source>Create and edit branch points and their outcomes</source>
            <translation>Crea e modifica i punti di diramazione e i loro esiti</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="104" />
            <source>{0} (played)</source>
            <translation>{0} (giocato)</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="115" />
            <source>Branch: {0}</source>
            <translation>Ramo: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="115" />
            <source>Branch</source>
            <translation>Ramo</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="118" />
            <source>The trunk only</source>
            <translation>Solo il tronco comune</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="118" />
            <source>Trunk</source>
            <translation>Tronco comune</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="120" />
            <source>Every view shows and judges the trunk and: {0}</source>
            <translation>Ogni vista mostra e valuta il tronco comune e: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="121" />
            <source>nothing else</source>
            <translation>nient'altro</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="142" />
            <source>Resolve Branch Point…</source>
            <translation>Risolvi punto di diramazione…</translation>
        </message>
        <message>
            <location filename="../../gui/branches/bar.py" line="143" />
            <source>Play has reached “{0}”: choose the outcome played; its injects wait until then, the others' are skipped</source>
            <translation>Il gioco ha raggiunto “{0}”: scegliere l'esito giocato; i suoi inject attendono fino ad allora, quelli degli altri vengono saltati</translation>
        </message>
    </context>
    <context>
        <name>BranchPointDialog</name>
        <message>
            <location filename="../../gui/branches/dialog.py" line="35" />
            <source>Branch Points</source>
            <translation>Punti di diramazione</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="39" />
            <source>Branch point / outcome</source>
            <translation>Punto di diramazione / esito</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="39" />
            <location filename="../../gui/branches/dialog.py" line="43" />
            <source>Scenario time</source>
            <translation>Ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="39" />
            <source>In play</source>
            <translation>In gioco</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="47" />
            <source>e.g. Does the parliament approve the deployment?</source>
            <translation>ad es. Il parlamento approva lo schieramento?</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="49" />
            <source>D+2 12:00</source>
            <translation>D+2 12:00</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="51" />
            <source>e.g. approves; rejects; delays</source>
            <translation>ad es. approva; respinge; rinvia</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="52" />
            <source>Belongs to the outcome selected above</source>
            <translation>Appartiene all'esito selezionato sopra</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="53" />
            <source>Add Branch Point</source>
            <translation>Aggiungi punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="55" />
            <source>New branch point</source>
            <translation>Nuovo punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="57" />
            <location filename="../../gui/branches/dialog.py" line="193" />
            <source>Question:</source>
            <translation>Domanda:</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="58" />
            <source>Scenario time:</source>
            <translation>Ora dello scenario:</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="59" />
            <source>Outcomes (separated by ;):</source>
            <translation>Esiti (separati da ;):</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="62" />
            <source>Rename…</source>
            <translation>Rinomina…</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="64" />
            <source>Add Outcome…</source>
            <translation>Aggiungi esito…</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="66" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="68" />
            <source>Resolve with This Outcome</source>
            <translation>Risolvi con questo esito</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="69" />
            <source>In conduct: play reached the branch point and this is the answer; the other outcomes' injects are skipped and logged</source>
            <translation>Durante la condotta: il gioco ha raggiunto il punto di diramazione e questa è la risposta; gli inject degli altri esiti vengono saltati e registrati</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="108" />
            <source>resolved</source>
            <translation>risolto</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="113" />
            <source>played</source>
            <translation>giocato</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="170" />
            <source>Scenario time: {0}</source>
            <translation>Ora dello scenario: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="193" />
            <source>Rename Branch Point</source>
            <translation>Rinomina punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="197" />
            <source>Edit branch point “{0}”</source>
            <translation>Modifica punto di diramazione “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="203" />
            <source>Rename Outcome</source>
            <translation>Rinomina esito</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="203" />
            <source>Outcome:</source>
            <translation>Esito:</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="212" />
            <source>Add Outcome</source>
            <translation>Aggiungi esito</translation>
        </message>
        <message>
            <location filename="../../gui/branches/dialog.py" line="213" />
            <source>A new outcome of “{0}”:</source>
            <translation>Nuovo esito di “{0}”:</translation>
        </message>
    </context>
    <context>
        <name>CategoryPopup</name>
        <message>
            <location filename="../../gui/terms/grid.py" line="236" />
            <source>{0} (outside scope)</source>
            <translation>{0} (fuori ambito)</translation>
        </message>
    </context>
    <context>
        <name>ComparisonDock</name>
        <message>
            <location filename="../../gui/comparison/dock.py" line="86" />
            <source>Options Compared</source>
            <translation>Opzioni a confronto</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="104" />
            <source>Treaty options compared</source>
            <translation>Opzioni di trattato a confronto</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="131" />
            <source>Choose the two to four treaty options to compare</source>
            <translation>Sceglie le opzioni di trattato da confrontare, da due a quattro</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="136" />
            <source>Click a value to show what it is about on the timeline, under that option</source>
            <translation>Fare clic su un valore per mostrare sulla linea temporale ciò a cui si riferisce, secondo quell'opzione</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="138" />
            <source>Green: best · red: worst · amber: they differ</source>
            <translation>Verde: migliore · rosso: peggiore · ambra: differiscono</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="218" />
            <source>Charts</source>
            <translation>Grafici</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="219" />
            <source>Table</source>
            <translation>Tabella</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="366" />
            <source>{0} of {1} options</source>
            <translation>{0} opzioni su {1}</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="371" />
            <source>Add a second treaty option (Exercise › Treaty Terms) to compare options.</source>
            <translation>Aggiungere una seconda opzione di trattato (Esercitazione › Termini del trattato) per confrontare le opzioni.</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="373" />
            <source>Pick two to four options, or cross one option with two outcomes.</source>
            <translation>Scegliere da due a quattro opzioni, oppure incrociare un'opzione con due esiti.</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="329" />
            <source>Options compared: {0} of {1}</source>
            <translation type="vanished">Opzioni a confronto: {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/dock.py" line="251" />
            <source>Pick two to four options to compare.</source>
            <translation type="vanished">Scegliere da due a quattro opzioni da confrontare.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonTableModel</name>
        <message>
            <location filename="../../gui/comparison/table_model.py" line="158" />
            <source>Measure</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/table_model.py" line="162" />
            <source>Judged under the treaty option '{0}' on the branch '{1}'</source>
            <translation>Valutato secondo l'opzione del trattato '{0}' sul ramo '{1}'</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/table_model.py" line="164" />
            <source>Judged under the treaty option '{0}'</source>
            <translation>Valutato secondo l'opzione di trattato '{0}'</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/table_model.py" line="217" />
            <source>The best of the options compared</source>
            <translation>La migliore delle opzioni a confronto</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/table_model.py" line="218" />
            <source>The worst of the options compared</source>
            <translation>La peggiore delle opzioni a confronto</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/table_model.py" line="219" />
            <source>The options compared differ here</source>
            <translation>Qui le opzioni a confronto differiscono</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/table_model.py" line="235" />
            <source>Click a value to show this on the timeline under that option</source>
            <translation>Fare clic su un valore per mostrarlo sulla linea temporale secondo quell'opzione</translation>
        </message>
    </context>
    <context>
        <name>CountdownModel</name>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="157" />
            <source>{0} {1} {2}, {3} of {4} owe</source>
            <translation>{0} {1} {2}, {3} di {4} devono ancora</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="214" />
            <source>Reaction</source>
            <translation>Reazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="214" />
            <source>Consultation</source>
            <translation>Consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="216" />
            <source>{0} missed the {1} deadline of incident {2} ({3}) by {4}</source>
            <translation>{0} ha mancato la scadenza di {1} dell'incidente {2} ({3}) di {4}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="219" />
            <source>{0} deadline {1} for incident {2}
Still owed by: {3}</source>
            <translation>{0} scadenza {1} per l'incidente {2}
Ancora dovuta da: {3}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="221" />
            <source>night</source>
            <translation>notte</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="222" />
            <source>In the capitals: {0}</source>
            <translation>Nelle capitali: {0}</translation>
        </message>
    </context>
    <context>
        <name>CountdownPanel</name>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="248" />
            <source>Countdowns</source>
            <translation>Conti alla rovescia</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="276" />
            <source>Deadline countdowns</source>
            <translation>Conti alla rovescia delle scadenze</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="293" />
            <source>Owed by</source>
            <translation>Dovuta da</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="392" />
            <source>night</source>
            <translation>notte</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="393" />
            <source>{0} in the capitals: {1}</source>
            <translation>{0} nelle capitali: {1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="404" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="407" />
            <source>No deadlines running at this scenario time</source>
            <translation>Nessuna scadenza in corso a quest'ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="408" />
            <source>&lt;b&gt;{0}&lt;/b&gt; deadlines running</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; scadenze in corso</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="410" />
            <source> · &lt;span style='color:{1}'&gt;&lt;b&gt;{0}&lt;/b&gt; missed&lt;/span&gt;</source>
            <translation> · &lt;span style='color:{1}'&gt;&lt;b&gt;{0}&lt;/b&gt; mancate&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>CustomSignatoryDialog</name>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="26" />
            <source>Add a custom signatory</source>
            <translation>Aggiungi un firmatario personalizzato</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="29" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="30" />
            <source>Organisation</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="32" />
            <source>ISO 3166 code, e.g. AT; an organisation: 2-10 letters or digits</source>
            <translation>Codice ISO 3166, ad es. AT; un'organizzazione: da 2 a 10 lettere o cifre</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="35" />
            <source>e.g. Austria</source>
            <translation>ad es. Austria</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="36" />
            <source>NATO member</source>
            <translation>Membro NATO</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="37" />
            <source>EU member</source>
            <translation>Membro UE</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="39" />
            <source>YYYY-MM-DD, or empty if not signed</source>
            <translation>AAAA-MM-GG, oppure vuoto se non firmato</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="40" />
            <source>A military deployment needs the parliament's prior approval</source>
            <translation>Un dispiegamento militare richiede la previa approvazione del parlamento</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="43" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="44" />
            <source>Typical time the parliament takes to approve, in hours</source>
            <translation>Tempo tipico di approvazione del parlamento, in ore</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="45" />
            <source>an assumption (not published)</source>
            <translation>un'ipotesi (non pubblicata)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="48" />
            <source>Legal basis and source of the approval rule</source>
            <translation>Base giuridica e fonte della regola di approvazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="51" />
            <source>Point of contact of the delegation</source>
            <translation>Punto di contatto della delegazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="67" />
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="67" />
            <source>Code:</source>
            <translation>Codice:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="68" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="68" />
            <source>Membership:</source>
            <translation>Appartenenza:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="69" />
            <source>Agreement signed:</source>
            <translation>Accordo firmato:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="70" />
            <source>Parliament:</source>
            <translation>Parlamento:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="71" />
            <source>Approval lead time:</source>
            <translation>Tempo di approvazione:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="72" />
            <source>Basis:</source>
            <translation>Base giuridica:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="73" />
            <source>Contact:</source>
            <translation>Contatto:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/custom_form.py" line="94" />
            <source>Add to roster</source>
            <translation>Aggiungi all'elenco</translation>
        </message>
    </context>
    <context>
        <name>EntryLine</name>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="55" />
            <source>What to record (type D, C, A or N to choose)</source>
            <translation>Cosa registrare (digitare D, C, A o N per scegliere)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="56" />
            <source>Entry kind</source>
            <translation>Tipo di voce</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="65" />
            <source>Entry text</source>
            <translation>Testo della voce</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="66" />
            <source>Record</source>
            <translation>Registra</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="68" />
            <source>Record the entry (Enter)</source>
            <translation>Registra la voce (Invio)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="73" />
            <source>Signatory code</source>
            <translation>Codice del firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="74" />
            <source>Who announced it: the signatory's code (DE, FR, EU…)</source>
            <translation>Chi l'ha annunciato: il codice del firmatario (DE, FR, EU…)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="81" />
            <source>The incident it responds to (the selected incident by default)</source>
            <translation>L'incidente a cui risponde (per impostazione predefinita l'incidente selezionato)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="90" />
            <source>Response category (set from the measure)</source>
            <translation>Categoria di risposta (ricavata dalla misura)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="93" />
            <location filename="../../gui/conduct/log_entry_line.py" line="363" />
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="94" />
            <source>The measure, from the exercise's instrument catalogue</source>
            <translation>La misura, dal catalogo degli strumenti dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="105" />
            <source>Status of the commitment</source>
            <translation>Stato dell'impegno</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="230" />
            <source>Decision, as announced — Enter records it</source>
            <translation>Decisione, come annunciata — Invio la registra</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="231" />
            <source>Note — Enter records it</source>
            <translation>Nota — Invio la registra</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="232" />
            <source>Note on the commitment (optional) — Enter records it</source>
            <translation>Nota sull'impegno (facoltativa) — Invio la registra</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="233" />
            <source>Note on the attendance (optional) — Enter records it</source>
            <translation>Nota sulla partecipazione (facoltativa) — Invio la registra</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="249" />
            <source>Correcting #{0}:</source>
            <translation>Correzione di #{0}:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="251" />
            <source>The corrected statement — Enter records it, Esc cancels</source>
            <translation>La dichiarazione corretta — Invio la registra, Esc annulla</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="295" />
            <source>choose the incident it responds to</source>
            <translation>scegliere l'incidente a cui risponde</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="301" />
            <source>Record commitment: {0} {1} to #{2}</source>
            <translation>Registra impegno: {0} {1} per #{2}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="307" />
            <source>Record attendance: {0} at #{1}</source>
            <translation>Registra partecipazione: {0} a #{1}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="315" />
            <source>type the code of the signatory</source>
            <translation>digitare il codice del firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="318" />
            <source>'{0}' is not a signatory of this exercise</source>
            <translation>'{0}' non è un firmatario di questa esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="324" />
            <source>type the measure (from the instrument catalogue)</source>
            <translation>digitare la misura (dal catalogo degli strumenti)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="340" />
            <source>Correction of #{0} recorded</source>
            <translation>Correzione di #{0} registrata</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="342" />
            <source>{0} recorded</source>
            <translation>Registrato: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="362" />
            <source>Signatory</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="362" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="363" />
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="363" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="364" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="364" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="364" />
            <location filename="../../gui/conduct/log_entry_line.py" line="365" />
            <source>Correction</source>
            <translation>Correzione</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDock</name>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="64" />
            <source>Evaluation</source>
            <translation>Valutazione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="82" />
            <source>Add Objective…</source>
            <translation>Aggiungi obiettivo…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="84" />
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="85" />
            <source>Edit the selected objective (or double-click it)</source>
            <translation>Modifica l'obiettivo selezionato (o fare doppio clic)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="87" />
            <location filename="../../gui/evaluation/dock.py" line="130" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="88" />
            <source>Remove the selected objective with its observations and improvement-plan items (Undo puts them back)</source>
            <translation>Rimuove l'obiettivo selezionato con le sue osservazioni e le voci del piano di miglioramento (Annulla le ripristina)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="98" />
            <source>Rate the selected objective</source>
            <translation>Valuta l'obiettivo selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="102" />
            <source>Why this rating — Enter stores it</source>
            <translation>Perché questa valutazione — Invio la salva</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="122" />
            <source>Observation — Enter adds it</source>
            <translation>Osservazione — Invio la aggiunge</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="127" />
            <source>Link the observation to the entry selected in the decision log</source>
            <translation>Collega l'osservazione alla voce selezionata nel registro delle decisioni</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="128" />
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="131" />
            <source>Remove the selected observation (Undo puts it back)</source>
            <translation>Rimuove l'osservazione selezionata (Annulla la ripristina)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="139" />
            <source>Objectives</source>
            <translation>Obiettivi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="140" />
            <source>Improvement Plan</source>
            <translation>Piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="148" />
            <source>&lt;b&gt;Objectives&lt;/b&gt;</source>
            <translation>&lt;b&gt;Obiettivi&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="152" />
            <source>&amp;Rating:</source>
            <translation>&amp;Valutazione:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="164" />
            <source>Observations</source>
            <translation>Osservazioni</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="250" />
            <source>Observations on {0} — {1}</source>
            <translation>Osservazioni su {0} — {1}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="251" />
            <source>Observations (select an objective)</source>
            <translation>Osservazioni (selezionare un obiettivo)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="270" />
            <source>Add objective {0}</source>
            <translation>Aggiungi obiettivo {0}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="279" />
            <source>Add objective</source>
            <translation>Aggiungi obiettivo</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="296" />
            <location filename="../../gui/evaluation/dock.py" line="301" />
            <source>Edit objective {0}</source>
            <translation>Modifica obiettivo {0}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="309" />
            <source>Delete objective {0}</source>
            <translation>Elimina obiettivo {0}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="313" />
            <source>Rate {0} {1}</source>
            <translation>Valuta {0} {1}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="321" />
            <source>Rating note on {0}</source>
            <translation>Nota di valutazione su {0}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="328" />
            <source>(not rated)</source>
            <translation>(non valutato)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="343" />
            <source>Link to log entry #{0}</source>
            <translation>Collega alla voce di registro #{0}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="344" />
            <source>Link to selected log entry</source>
            <translation>Collega alla voce di registro selezionata</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="355" />
            <source>Add observation on {0}</source>
            <translation>Aggiungi osservazione su {0}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dock.py" line="377" />
            <source>Delete observation</source>
            <translation>Elimina osservazione</translation>
        </message>
    </context>
    <context>
        <name>ExerciseSettingsDialog</name>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="50" />
            <source>Exercise Settings</source>
            <translation>Impostazioni dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="64" />
            <source>Shown in the marking strip of every window, e.g. UNCLASSIFIED // FOR EXERCISE ONLY</source>
            <translation>Mostrata nella fascia di classifica di ogni finestra, ad es. NON CLASSIFICATO // SOLO PER ESERCITAZIONE</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="70" />
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="72" />
            <source>Pick the colour of the marking strip</source>
            <translation>Scegli il colore della fascia di classifica</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="74" />
            <source>Start of the exercise, on the clocks of {0}</source>
            <translation>Inizio dell'esercitazione, secondo l'ora di {0}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="75" />
            <source>End of the exercise, on the clocks of {0}</source>
            <translation>Fine dell'esercitazione, secondo l'ora di {0}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="88" />
            <source>Preview of the marking strip shown above every window</source>
            <translation>Anteprima della fascia di classifica mostrata sopra ogni finestra</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="97" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="98" />
            <source>&amp;Description:</source>
            <translation>&amp;Descrizione:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="99" />
            <source>C&amp;lassification:</source>
            <translation>C&amp;lassifica:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="100" />
            <source>Marking &amp;colour:</source>
            <translation>&amp;Colore della fascia:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="101" />
            <source>&amp;STARTEX:</source>
            <translation>&amp;STARTEX:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="102" />
            <source>&amp;ENDEX:</source>
            <translation>&amp;ENDEX:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="116" />
            <source>Marking:</source>
            <translation>Fascia di classifica:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="202" />
            <source>Edit exercise settings</source>
            <translation>Modifica le impostazioni dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="92" />
            <source>Start of the exercise (UTC)</source>
            <translation type="vanished">Inizio dell'esercitazione (UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="93" />
            <source>End of the exercise (UTC)</source>
            <translation type="vanished">Fine dell'esercitazione (UTC)</translation>
        </message>
    </context>
    <context>
        <name>FactsBox</name>
        <message>
            <location filename="../../gui/incidents/facts.py" line="41" />
            <source>Treaty obligations (derived)</source>
            <translation>Obblighi del trattato (ricavati)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="43" />
            <source>Reaction deadline</source>
            <translation>Scadenza di reazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="43" />
            <source>Reactions</source>
            <translation>Reazioni</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="43" />
            <source>Consultation</source>
            <translation>Consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="44" />
            <source>Attendance</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="44" />
            <source>Expected</source>
            <translation>Previste</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="44" />
            <source>Committed</source>
            <translation>Impegnate</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="44" />
            <source>Gaps</source>
            <translation>Lacune</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="57" />
            <source>{0} met · {1} pending · {2} missed (of {3} obliged)</source>
            <translation>{0} rispettate · {1} in corso · {2} mancate (su {3} obbligati)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="68" />
            <source>{0} h tier · deadline {1} · {2}</source>
            <translation>fascia {0} h · scadenza {1} · {2}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="71" />
            <location filename="../../gui/incidents/facts.py" line="79" />
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="72" />
            <source>nothing yet</source>
            <translation>ancora nulla</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/facts.py" line="75" />
            <source>— (the incident has not happened yet)</source>
            <translation>— (l'incidente non è ancora avvenuto)</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="124" />
            <location filename="../../gui/incidents/findings_panel.py" line="185" />
            <source>Findings</source>
            <translation>Rilievi</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="140" />
            <source>Missed deadlines</source>
            <translation>Scadenze mancate</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="140" />
            <source>Response gaps</source>
            <translation>Lacune di risposta</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="141" />
            <source>Parliamentary gates</source>
            <translation>Vincoli parlamentari</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="141" />
            <source>Coordination</source>
            <translation>Coordinamento</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="142" />
            <source>Standing provisions</source>
            <translation>Disposizioni permanenti</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="143" />
            <source>Reaction and consultation deadlines a signatory missed</source>
            <translation>Scadenze di reazione e di consultazione mancate da un firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="144" />
            <source>Incidents lacking a response category the treaty expects</source>
            <translation>Incidenti privi di una categoria di risposta che il trattato prevede</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="145" />
            <source>Military deployments that need prior parliamentary approval</source>
            <translation>Dispiegamenti militari che richiedono la previa approvazione parlamentare</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="146" />
            <source>Who coordinates military measures, its lead time, and whether the adversary accepts the arrangement</source>
            <translation>Chi coordina le misure militari, con quale anticipo, e se l'avversario accetta l'assetto</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="148" />
            <source>Milestones of the standing provisions that are overdue</source>
            <translation>Tappe delle disposizioni permanenti in ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="163" />
            <source>Show or hide: {0}</source>
            <translation>Mostra o nascondi: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="339" />
            <source>Missed {0}</source>
            <translation>Mancate {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="339" />
            <source>Gaps {0}</source>
            <translation>Lacune {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="339" />
            <source>Gates {0}</source>
            <translation>Vincoli {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="340" />
            <source>Coordination {0}</source>
            <translation>Coordinamento {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="340" />
            <source>Provisions {0}</source>
            <translation>Disposizioni {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="347" />
            <source>{0} — {1} broken, {2} respected</source>
            <translation>{0} — {1} violati, {2} rispettati</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="351" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="353" />
            <source>No findings at this scenario time: every deadline met so far, no gaps, no broken gates</source>
            <translation>Nessun rilievo a quest'ora dello scenario: tutte le scadenze finora rispettate, nessuna lacuna, nessun vincolo violato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/findings_panel.py" line="355" />
            <source>Click a finding to select its incident and signatory</source>
            <translation>Fare clic su un rilievo per selezionarne l'incidente e il firmatario</translation>
        </message>
    </context>
    <context>
        <name>ImprovementPlanPanel</name>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="48" />
            <source>Improvement plan</source>
            <translation>Piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="66" />
            <source>Add Item…</source>
            <translation>Aggiungi voce…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="67" />
            <source>Add an issue to the improvement plan</source>
            <translation>Aggiunge una questione al piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="69" />
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="70" />
            <source>Edit the selected improvement-plan item (or double-click it)</source>
            <translation>Modifica la voce selezionata del piano di miglioramento (o fare doppio clic)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="72" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="73" />
            <source>Remove the selected improvement-plan item (Undo puts it back)</source>
            <translation>Rimuove la voce selezionata del piano di miglioramento (Annulla la ripristina)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="114" />
            <source>{0} item in the improvement plan</source>
            <translation>{0} voce nel piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="115" />
            <source>{0} items in the improvement plan</source>
            <translation>{0} voci nel piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="116" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="127" />
            <location filename="../../gui/evaluation/plan.py" line="136" />
            <source>Add improvement-plan item</source>
            <translation>Aggiungi voce del piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="152" />
            <location filename="../../gui/evaluation/plan.py" line="158" />
            <source>Edit improvement-plan item</source>
            <translation>Modifica voce del piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/plan.py" line="165" />
            <source>Delete improvement-plan item</source>
            <translation>Elimina voce del piano di miglioramento</translation>
        </message>
    </context>
    <context>
        <name>IncidentInspector</name>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="55" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="83" />
            <source>&amp;Edit Incident…</source>
            <translation>&amp;Modifica incidente…</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="86" />
            <source>Show the selected incident in the incident inspector to edit it</source>
            <translation>Mostra l'incidente selezionato nell'ispettore per modificarlo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="124" />
            <source>Exercise-relative time (D+0 is the day of STARTEX)</source>
            <translation>Ora relativa all'esercitazione (D+0 è il giorno di STARTEX)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="127" />
            <source>optional, e.g. Kharkiv</source>
            <translation>facoltativo, ad es. Charkiv</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="133" />
            <source>Saved when you leave the field or press Ctrl+Enter; Esc puts back the stored text</source>
            <translation>Salvato quando si esce dal campo o si preme Ctrl+Invio; Esc ripristina il testo salvato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="139" />
            <source>Delete incident</source>
            <translation>Elimina incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="141" />
            <source>Remove this incident with its commitments and consultation records (undoable)</source>
            <translation>Rimuove questo incidente con i suoi impegni e le registrazioni di consultazione (annullabile)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="144" />
            <source>This exercise is open read-only.</source>
            <translation>Questa esercitazione è aperta in sola lettura.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="155" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="156" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="157" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="158" />
            <source>Location</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="159" />
            <source>Branch</source>
            <translation>Ramo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="160" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="320" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="321" />
            <source>No incident selected.

Click an incident on the timeline or in the countdowns, or add one from the incident palette.</source>
            <translation>Nessun incidente selezionato.

Fare clic su un incidente nella linea temporale o nei conti alla rovescia, oppure aggiungerne uno dalla tavolozza degli incidenti.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="337" />
            <source>Scenario time of the incident, on the clocks of {0} (Enter or leaving the field saves)</source>
            <translation>Ora dello scenario dell'incidente, secondo il fuso {0} (Invio o l'uscita dal campo salva)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="379" />
            <source>Edit incident #{0} ({1})</source>
            <translation>Modifica incidente #{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="385" />
            <location filename="../../gui/incidents/inspector.py" line="389" />
            <source>Not saved: {0}</source>
            <translation>Non salvato: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="427" />
            <source>Delete incident #{0}</source>
            <translation>Elimina incidente #{0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/inspector.py" line="117" />
            <source>Scenario time of the incident, in UTC (Enter or leaving the field saves)</source>
            <translation type="vanished">Ora dello scenario dell'incidente, in UTC (Invio o l'uscita dal campo salva)</translation>
        </message>
    </context>
    <context>
        <name>IncidentPalette</name>
        <message>
            <location filename="../../gui/incidents/palette.py" line="137" />
            <source>Incident Palette</source>
            <translation>Tavolozza degli incidenti</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/palette.py" line="144" />
            <source>Incident types</source>
            <translation>Tipi di incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/palette.py" line="146" />
            <source>Drag a type onto the timeline, or double-click it to add it at the current scenario time.</source>
            <translation>Trascinare un tipo sulla linea temporale, o fare doppio clic per aggiungerlo all'ora corrente dello scenario.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/palette.py" line="160" />
            <source>&amp;Add Incident at Now</source>
            <translation>Aggiungi &amp;incidente adesso</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/palette.py" line="163" />
            <source>Add an incident of the palette's current type at the current scenario time</source>
            <translation>Aggiunge un incidente del tipo corrente della tavolozza all'ora corrente dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/palette.py" line="188" />
            <source>{0}
Default severity: {1}
Drag onto the timeline, or double-click to add it now</source>
            <translation>{0}
Gravità predefinita: {1}
Trascinare sulla linea temporale, o fare doppio clic per aggiungerlo adesso</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/palette.py" line="192" />
            <source>default severity {0}</source>
            <translation>gravità predefinita {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/palette.py" line="231" />
            <source>Add incident ({0})</source>
            <translation>Aggiungi incidente ({0})</translation>
        </message>
    </context>
    <context>
        <name>LogDock</name>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="51" />
            <source>Decision Log</source>
            <translation>Registro delle decisioni</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="65" />
            <source>All kinds</source>
            <translation>Tutti i tipi</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="68" />
            <source>Show only entries of one kind</source>
            <translation>Mostra solo le voci di un tipo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="72" />
            <source>Filter by text, author or #number</source>
            <translation>Filtra per testo, autore o #numero</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="78" />
            <source>Your name</source>
            <translation>Il proprio nome</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="79" />
            <source>Author written into every log entry you make (kept for next time)</source>
            <translation>Autore scritto in ogni voce di registro che si crea (conservato per la volta successiva)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="81" />
            <source>&amp;Author:</source>
            <translation>&amp;Autore:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="94" />
            <source>Exercise log</source>
            <translation>Registro dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="123" />
            <source>Record &amp;Decision</source>
            <translation>Registra &amp;decisione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="124" />
            <source>Go to the log's entry line to record a decision, commitment, attendance or note</source>
            <translation>Va alla riga di inserimento del registro per registrare una decisione, un impegno, una partecipazione o una nota</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="126" />
            <source>&amp;Verify Log</source>
            <translation>&amp;Verifica registro</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="127" />
            <source>Check that no log entry was altered, removed or recomputed since it was written or sealed; show the log's head hash</source>
            <translation>Controlla che nessuna voce del registro sia stata alterata, rimossa o ricalcolata da quando è stata scritta o sigillata; mostra l'hash di testa del registro</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="130" />
            <source>&amp;Correct Log Entry…</source>
            <translation>&amp;Correggi voce di registro…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="131" />
            <source>Record a correction of the selected log entry (the entry itself stays as written)</source>
            <translation>Registra una correzione della voce selezionata (la voce stessa resta come è stata scritta)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="302" />
            <source>Log intact: {0} entries, hash chain verified</source>
            <translation>Registro integro: {0} voci, catena di hash verificata</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="304" />
            <source>, matches seal #{0} of {1}</source>
            <translation>, corrisponde al sigillo #{0} del {1}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="306" />
            <source>; it contains the head you gave (the empty log's)</source>
            <translation>; contiene la testa indicata (quella del registro vuoto)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="307" />
            <source>; it contains the head you gave (entry #{0})</source>
            <translation>; contiene la testa indicata (voce #{0})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="310" />
            <source>Entry #{0} is missing: it was removed from the file, so the link of entry #{1} to the entry before it is broken</source>
            <translation>Manca la voce #{0}: è stata rimossa dal file, quindi il collegamento della voce #{1} alla precedente è interrotto</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="313" />
            <source>Entries #{0}–#{1} are missing: they were removed from the file, so the link of entry #{2} to the entry before it is broken</source>
            <translation>Mancano le voci #{0}–#{1}: sono state rimosse dal file, quindi il collegamento della voce #{2} alla precedente è interrotto</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="319" />
            <source>Entry #{0} was altered after it was written ({1})</source>
            <translation>La voce #{0} è stata alterata dopo essere stata scritta ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="322" />
            <source>Log truncated: 1 entry after seal #{0} of {1} is missing</source>
            <translation>Registro troncato: manca 1 voce dopo il sigillo #{0} del {1}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="323" />
            <source>Log truncated: {2} entries after seal #{0} of {1} are missing</source>
            <translation>Registro troncato: mancano {2} voci dopo il sigillo #{0} del {1}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="326" />
            <source>Log rewritten since seal #{0} of {1}: entry #{2} no longer has the hash sealed then (the log's hashes were recomputed)</source>
            <translation>Registro riscritto dopo il sigillo #{0} del {1}: la voce #{2} non ha più l'hash sigillato allora (gli hash del registro sono stati ricalcolati)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_dock.py" line="330" />
            <source>Log rewritten: it does not contain the head {0} printed on the report or export</source>
            <translation>Registro riscritto: non contiene la testa {0} stampata sul rapporto o sull'esportazione</translation>
        </message>
    </context>
    <context>
        <name>LogVerifyDialog</name>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="29" />
            <source>Verify Log</source>
            <translation>Verifica registro</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="42" />
            <source>The hash of the last entry: keep it (a printed report carries it too) to check this log against later</source>
            <translation>L'hash dell'ultima voce: conservarlo (anche un rapporto stampato lo riporta) per verificare questo registro in seguito</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="44" />
            <source>&amp;Copy</source>
            <translation>&amp;Copia</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="46" />
            <source>Copy the head hash to the clipboard</source>
            <translation>Copia l'hash di testa negli appunti</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="57" />
            <source>Paste the head printed on a report or an export</source>
            <translation>Incollare la testa stampata su un rapporto o un'esportazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="58" />
            <source>The whole hash, or its first 16 hex digits as page footers print it; the log must still contain it</source>
            <translation>L'hash intero, o le sue prime 16 cifre esadecimali come le stampano i piè di pagina; il registro deve ancora contenerlo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="61" />
            <source>C&amp;heck</source>
            <translation>Contro&amp;lla</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="69" />
            <source>Entries:</source>
            <translation>Voci:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="70" />
            <source>Head hash:</source>
            <translation>Hash di testa:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="71" />
            <source>Latest seal:</source>
            <translation>Ultimo sigillo:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="72" />
            <source>&amp;Expected head:</source>
            <translation>T&amp;esta attesa:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="93" />
            <source>#{0} of {1} ({2}): {3} entries, head {4}…</source>
            <translation>#{0} del {1} ({2}): {3} voci, testa {4}…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_verify_dialog.py" line="95" />
            <source>none yet: the log is sealed at ENDEX and whenever a report, package or MSEL is exported</source>
            <translation>nessuno per ora: il registro viene sigillato a ENDEX e a ogni esportazione di rapporto, pacchetto o MSEL</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/shell/main_window.py" line="92" />
            <source>Show or hide the {0}</source>
            <translation>Mostra o nascondi {0}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/main_window.py" line="190" />
            <source>This exercise was saved by an older Pactline (schema {0}) and has been upgraded; the original is kept as {1}</source>
            <translation>Questa esercitazione era stata salvata da una versione precedente di Pactline (schema {0}) ed è stata aggiornata; l'originale è conservato come {1}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/main_window.py" line="224" />
            <source>{0} is already open</source>
            <translation>{0} è già aperto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/main_window.py" line="277" />
            <source>(development)</source>
            <translation>(sviluppo)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/main_window.py" line="278" />
            <source>About Pactline</source>
            <translation>Informazioni su Pactline</translation>
        </message>
        <message>
            <location filename="../../gui/shell/main_window.py" line="285" />
            <source>Pactline</source>
            <translation>Pactline</translation>
        </message>
        <message>
            <location filename="../../gui/shell/main_window.py" line="312" />
            <source> [read-only]</source>
            <translation> [sola lettura]</translation>
        </message>
        <message>
            <location filename="../../gui/shell/main_window.py" line="314" />
            <source> [WHAT-IF]</source>
            <translation> [IPOTESI]</translation>
        </message>
    </context>
    <context>
        <name>MarkingBanner</name>
        <message>
            <location filename="../../gui/core/marking_banner.py" line="47" />
            <source>Exercise marking</source>
            <translation>Classifica dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/core/marking_banner.py" line="84" />
            <source>Exercise marking: all content in this window is exercise material</source>
            <translation>Classifica dell'esercitazione: tutto il contenuto di questa finestra è materiale di esercitazione</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../gui/roster/dock.py" line="75" />
            <source>Dismiss this message</source>
            <translation>Chiudi questo messaggio</translation>
        </message>
    </context>
    <context>
        <name>MselActions</name>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="68" />
            <source>&amp;Add Inject…</source>
            <translation>&amp;Aggiungi inject…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="68" />
            <source>Plan a new inject in the MSEL</source>
            <translation>Pianifica un nuovo inject nella MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="69" />
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="70" />
            <source>&amp;Edit Inject…</source>
            <translation>&amp;Modifica inject…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="70" />
            <source>Edit the planned columns of the selected inject</source>
            <translation>Modifica le colonne pianificate dell'inject selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="72" />
            <source>Edit</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="73" />
            <source>&amp;Delete Inject</source>
            <translation>&amp;Elimina inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="73" />
            <source>Remove the selected inject from the MSEL (undoable)</source>
            <translation>Rimuove l'inject selezionato dalla MSEL (annullabile)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="75" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="76" />
            <source>&amp;Fire Selected Inject Now</source>
            <translation>&amp;Invia subito l'inject selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="77" />
            <source>Deliver the selected inject at the current scenario time; its planned time stays as it is</source>
            <translation>Invia l'inject selezionato all'ora corrente dello scenario; la sua ora pianificata resta invariata</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="78" />
            <source>Fire now</source>
            <translation>Invia ora</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="79" />
            <source>&amp;Hold Inject</source>
            <translation>&amp;Trattieni inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="80" />
            <source>Hold the selected inject: the clock will not deliver it until released</source>
            <translation>Trattiene l'inject selezionato: l'orologio non lo invierà finché non viene rilasciato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="81" />
            <source>Hold</source>
            <translation>Trattieni</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="82" />
            <source>&amp;Release Inject</source>
            <translation>&amp;Rilascia inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="83" />
            <source>Release a held inject (delivered now if its time has passed)</source>
            <translation>Rilascia un inject trattenuto (inviato subito se la sua ora è passata)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="84" />
            <source>Release</source>
            <translation>Rilascia</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="85" />
            <source>S&amp;kip Inject</source>
            <translation>&amp;Salta inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="86" />
            <source>Skip the selected inject: it will never be delivered</source>
            <translation>Salta l'inject selezionato: non verrà mai inviato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="87" />
            <source>Skip</source>
            <translation>Salta</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="88" />
            <source>Add Ad-hoc &amp;Inject…</source>
            <translation>Aggiungi inject &amp;estemporaneo…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="89" />
            <source>Add an inject during play, delivered now or at a time you choose</source>
            <translation>Aggiunge un inject durante il gioco, inviato subito o all'ora scelta</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="90" />
            <source>Ad-hoc inject</source>
            <translation>Inject estemporaneo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="91" />
            <source>Shift &amp;Phase…</source>
            <translation>Sposta &amp;fase…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="92" />
            <source>Move the injects of one phase by an offset, keeping their spacing</source>
            <translation>Sposta gli inject di una fase di un intervallo, mantenendone la spaziatura</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="93" />
            <source>Shift phase</source>
            <translation>Sposta fase</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="94" />
            <source>Shift &amp;Whole MSEL…</source>
            <translation>Sposta &amp;tutta la MSEL…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="95" />
            <source>Move every inject by an offset, keeping their spacing</source>
            <translation>Sposta ogni inject di un intervallo, mantenendone la spaziatura</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="96" />
            <source>Shift MSEL</source>
            <translation>Sposta MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="159" />
            <source>Add inject</source>
            <translation>Aggiungi inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="184" />
            <source>Edit inject {0}</source>
            <translation>Modifica inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_actions.py" line="195" />
            <source>Delete inject {0}</source>
            <translation>Elimina inject {0}</translation>
        </message>
    </context>
    <context>
        <name>MselDock</name>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="42" />
            <source>MSEL</source>
            <translation>MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="64" />
            <source>MSEL actions</source>
            <translation>Azioni MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="113" />
            <source>Master scenario events list</source>
            <translation>Lista principale degli eventi dello scenario (MSEL)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="196" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="204" />
            <source>{0} inject</source>
            <translation>{0} inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="204" />
            <source>{0} injects</source>
            <translation>{0} inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="205" />
            <source>{0} delivered</source>
            <translation>{0} inviati</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="207" />
            <source>{0} held</source>
            <translation>{0} trattenuti</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="209" />
            <source>{0} overdue</source>
            <translation>{0} in ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="212" />
            <source>next: {0} in {1}</source>
            <translation>prossimo: {0} tra {1}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="232" />
            <source>Inject {0} asks to resolve “{1}”: choose the outcome played.</source>
            <translation>L'inject {0} chiede di risolvere “{1}”: scegliere l'esito giocato.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="239" />
            <source>The clock passed {0} injects at once ({1}): each was delivered at its planned time, in order.</source>
            <translation>L'orologio ha superato {0} inject in una volta ({1}): ciascuno è stato inviato alla sua ora pianificata, in ordine.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="242" />
            <source>Delivered by the clock: inject {0}</source>
            <translation>Inviato dall'orologio: inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="251" />
            <source>Created incident: {0}, S{1}{2}</source>
            <translation>Incidente creato: {0}, S{1}{2}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="159" />
            <source>&amp;Add Inject…</source>
            <translation type="vanished">&amp;Aggiungi inject…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="159" />
            <source>Plan a new inject in the MSEL</source>
            <translation type="vanished">Pianifica un nuovo inject nella MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="160" />
            <source>Add</source>
            <translation type="vanished">Aggiungi</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="161" />
            <source>&amp;Edit Inject…</source>
            <translation type="vanished">&amp;Modifica inject…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="161" />
            <source>Edit the planned columns of the selected inject</source>
            <translation type="vanished">Modifica le colonne pianificate dell'inject selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="163" />
            <source>Edit</source>
            <translation type="vanished">Modifica</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="164" />
            <source>&amp;Delete Inject</source>
            <translation type="vanished">&amp;Elimina inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="164" />
            <source>Remove the selected inject from the MSEL (undoable)</source>
            <translation type="vanished">Rimuove l'inject selezionato dalla MSEL (annullabile)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="166" />
            <source>Delete</source>
            <translation type="vanished">Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="167" />
            <source>&amp;Fire Selected Inject Now</source>
            <translation type="vanished">&amp;Invia subito l'inject selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="168" />
            <source>Deliver the selected inject at the current scenario time; its planned time stays as it is</source>
            <translation type="vanished">Invia l'inject selezionato all'ora corrente dello scenario; la sua ora pianificata resta invariata</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="169" />
            <source>Fire now</source>
            <translation type="vanished">Invia ora</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="170" />
            <source>&amp;Hold Inject</source>
            <translation type="vanished">&amp;Trattieni inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="171" />
            <source>Hold the selected inject: the clock will not deliver it until released</source>
            <translation type="vanished">Trattiene l'inject selezionato: l'orologio non lo invierà finché non viene rilasciato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="172" />
            <source>Hold</source>
            <translation type="vanished">Trattieni</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="173" />
            <source>&amp;Release Inject</source>
            <translation type="vanished">&amp;Rilascia inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="174" />
            <source>Release a held inject (delivered now if its time has passed)</source>
            <translation type="vanished">Rilascia un inject trattenuto (inviato subito se la sua ora è passata)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="175" />
            <source>Release</source>
            <translation type="vanished">Rilascia</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="176" />
            <source>S&amp;kip Inject</source>
            <translation type="vanished">&amp;Salta inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="177" />
            <source>Skip the selected inject: it will never be delivered</source>
            <translation type="vanished">Salta l'inject selezionato: non verrà mai inviato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="178" />
            <source>Skip</source>
            <translation type="vanished">Salta</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="179" />
            <source>Add Ad-hoc &amp;Inject…</source>
            <translation type="vanished">Aggiungi inject &amp;estemporaneo…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="180" />
            <source>Add an inject during play, delivered now or at a time you choose</source>
            <translation type="vanished">Aggiunge un inject durante il gioco, inviato subito o all'ora scelta</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="181" />
            <source>Ad-hoc inject</source>
            <translation type="vanished">Inject estemporaneo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="182" />
            <source>Shift &amp;Phase…</source>
            <translation type="vanished">Sposta &amp;fase…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="183" />
            <source>Move the injects of one phase by an offset, keeping their spacing</source>
            <translation type="vanished">Sposta gli inject di una fase di un intervallo, mantenendone la spaziatura</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="184" />
            <source>Shift phase</source>
            <translation type="vanished">Sposta fase</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="185" />
            <source>Shift &amp;Whole MSEL…</source>
            <translation type="vanished">Sposta &amp;tutta la MSEL…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="186" />
            <source>Move every inject by an offset, keeping their spacing</source>
            <translation type="vanished">Sposta ogni inject di un intervallo, mantenendone la spaziatura</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="187" />
            <source>Shift MSEL</source>
            <translation type="vanished">Sposta MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="374" />
            <source>Add inject</source>
            <translation type="vanished">Aggiungi inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="399" />
            <source>Edit inject {0}</source>
            <translation type="vanished">Modifica inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_dock.py" line="410" />
            <source>Delete inject {0}</source>
            <translation type="vanished">Elimina inject {0}</translation>
        </message>
    </context>
    <context>
        <name>NoticeCard</name>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="45" />
            <source>Dismiss this notice</source>
            <translation>Chiudi questo avviso</translation>
        </message>
    </context>
    <context>
        <name>NoticePanel</name>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="61" />
            <source>Delivered injects</source>
            <translation>Inject inviati</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="66" />
            <source>Clear</source>
            <translation>Svuota</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="68" />
            <source>Dismiss every notice (the log keeps every delivery)</source>
            <translation>Chiude tutti gli avvisi (il registro conserva ogni invio)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="70" />
            <source>Injects the clock or a controller delivers from now on appear here, newest first; they never stop the clock. Earlier deliveries are in the table and the Decision Log.</source>
            <translation>Gli inject inviati d'ora in poi dall'orologio o da un controller compaiono qui, i più recenti in alto; non fermano mai l'orologio. Gli invii precedenti sono nella tabella e nel registro delle decisioni.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="115" />
            <source>{0}, fired now (planned {1})</source>
            <translation>{0}, inviato ora (pianificato {1})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="116" />
            <source> (ad hoc)</source>
            <translation> (estemporaneo)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_notices.py" line="122" />
            <source>From {0} to {1}</source>
            <translation>Da {0} a {1}</translation>
        </message>
    </context>
    <context>
        <name>OutcomeChoice</name>
        <message>
            <location filename="../../gui/branches/outcome_field.py" line="37" />
            <source>The trunk is played whatever happens; an outcome's records only on that branch</source>
            <translation>Il tronco comune si gioca in ogni caso; le registrazioni di un esito solo su quel ramo</translation>
        </message>
    </context>
    <context>
        <name>OutcomeField</name>
        <message>
            <location filename="../../gui/branches/outcome_field.py" line="59" />
            <source>The trunk is played whatever happens; an outcome's incidents only on that branch</source>
            <translation>Il tronco comune si gioca in ogni caso; gli incidenti di un esito solo sul suo ramo</translation>
        </message>
    </context>
    <context>
        <name>PartiesModel</name>
        <message>
            <location filename="../../gui/terms/parties.py" line="84" />
            <source>agreement date ({0})</source>
            <translation>data dell'accordo ({0})</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="85" />
            <source>no agreement date: not bound</source>
            <translation>nessuna data dell'accordo: non vincolato</translation>
        </message>
    </context>
    <context>
        <name>PartiesPanel</name>
        <message>
            <location filename="../../gui/terms/parties.py" line="110" />
            <source>Parties to this option</source>
            <translation>Parti di questa opzione</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="135" />
            <source>from its agreement date</source>
            <translation>dalla data del suo accordo</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="143" />
            <source>&amp;Bound on:</source>
            <translation>&amp;Base del vincolo:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="145" />
            <source>f&amp;rom:</source>
            <translation>&amp;dal:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="151" />
            <source>A party whose parliament must ratify is bound only from ratification: choose “ratified” and its date. A signatory not ticked owes nothing under this option.</source>
            <translation>Una parte il cui parlamento deve ratificare è vincolata solo dalla ratifica: scegliere “ratifica” e la sua data. Un firmatario non spuntato non deve nulla secondo questa opzione.</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="210" />
            <source>Make {0} a party</source>
            <translation>Rendi {0} una parte</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="213" />
            <source>{0} no longer a party</source>
            <translation>{0} non più parte</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="222" />
            <source>{0} bound on {1}</source>
            <translation>Vincolo di {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <location filename="../../gui/projector/window.py" line="257" />
            <source>&amp;Projector View</source>
            <translation>Vista &amp;proiettore</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="262" />
            <source>Show the player-safe projector view full screen on the chosen screen (F11 again closes it; Esc leaves full screen)</source>
            <translation>Mostra a schermo intero, sullo schermo scelto, la vista proiettore destinata ai giocatori (F11 di nuovo la chiude; Esc esce dallo schermo intero)</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="264" />
            <source>Projector view (F11)</source>
            <translation>Vista proiettore (F11)</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="266" />
            <source>Projector on &amp;Screen</source>
            <translation>Proiettore su &amp;schermo</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="268" />
            <source>Choose the screen the projector view opens on</source>
            <translation>Sceglie lo schermo su cui si apre la vista proiettore</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="323" />
            <source>Open the projector view on this screen</source>
            <translation>Apri la vista proiettore su questo schermo</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../gui/projector/window.py" line="49" />
            <source>Pactline — Projector</source>
            <translation>Pactline — Proiettore</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="70" />
            <source>COMMITMENTS — ALL CURRENT INCIDENTS</source>
            <translation>IMPEGNI — TUTTI GLI INCIDENTI IN CORSO</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="122" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="146" />
            <source>RUNNING {0}</source>
            <translation>IN CORSO {0}</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="149" />
            <source>PAUSED</source>
            <translation>IN PAUSA</translation>
        </message>
        <message>
            <location filename="../../gui/projector/window.py" line="155" />
            <source>scenario time · {0}</source>
            <translation>ora dello scenario · {0}</translation>
        </message>
    </context>
    <context>
        <name>ProportionalityModel</name>
        <message>
            <location filename="../../gui/terms/grid.py" line="110" />
            <source> (outside the treaty's scope)</source>
            <translation> (fuori dall'ambito del trattato)</translation>
        </message>
        <message>
            <location filename="../../gui/terms/grid.py" line="112" />
            <source>{0}, S{1}: {2}</source>
            <translation>{0}, S{1}: {2}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/grid.py" line="113" />
            <source>no response expected</source>
            <translation>nessuna risposta prevista</translation>
        </message>
    </context>
    <context>
        <name>ProportionalityView</name>
        <message>
            <location filename="../../gui/terms/grid.py" line="183" />
            <source>Proportional responses by incident type and severity</source>
            <translation>Risposte proporzionate per tipo e gravità dell'incidente</translation>
        </message>
    </context>
    <context>
        <name>ProvisionEditor</name>
        <message>
            <location filename="../../gui/provisions/editor.py" line="36" />
            <source>Standing Provision</source>
            <translation>Disposizione permanente</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="36" />
            <source>Milestone</source>
            <translation>Tappa</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="37" />
            <source>Delivery</source>
            <translation>Consegna</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="43" />
            <source>&amp;Signatory:</source>
            <translation>&amp;Firmatario:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="45" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="46" />
            <source>&amp;Title:</source>
            <translation>T&amp;itolo:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="47" />
            <source>e.g. Air-defence systems</source>
            <translation>ad es. Sistemi di difesa aerea</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="48" />
            <source>Pledged &amp;quantity:</source>
            <translation>&amp;Quantità promessa:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="49" />
            <source>&amp;Unit:</source>
            <translation>&amp;Unità:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="49" />
            <source>e.g. fire units</source>
            <translation>ad es. unità di fuoco</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="50" />
            <source>Pledged &amp;value:</source>
            <translation>&amp;Valore promesso:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="51" />
            <source>&amp;Currency:</source>
            <translation>&amp;Divisa:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="52" />
            <source>The figures are an &amp;assumption, not a published pledge</source>
            <translation>Le cifre sono un'ipotesi, non un impegno &amp;pubblicato</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="59" />
            <source>&amp;Notes:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="61" />
            <source>&amp;Due:</source>
            <translation>&amp;Scadenza:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="62" />
            <source>&amp;What is due:</source>
            <translation>&amp;Cosa è dovuto:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="63" />
            <source>e.g. First batch handed over</source>
            <translation>ad es. Primo lotto consegnato</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="64" />
            <source>&amp;Quantity due:</source>
            <translation>&amp;Quantità dovuta:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="65" />
            <source>&amp;Value due:</source>
            <translation>&amp;Valore dovuto:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="67" />
            <source>(the provision as a whole)</source>
            <translation>(la disposizione nel suo insieme)</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="69" />
            <source>&amp;Against:</source>
            <translation>&amp;A fronte di:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="70" />
            <source>&amp;Delivered at:</source>
            <translation>&amp;Consegnata il:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="71" />
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantità:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="72" />
            <source>&amp;Value:</source>
            <translation>&amp;Valore:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="73" />
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/editor.py" line="138" />
            <source>Time: {0}</source>
            <translation>Ora: {0}</translation>
        </message>
    </context>
    <context>
        <name>ProvisionsDock</name>
        <message>
            <location filename="../../gui/provisions/dock.py" line="35" />
            <source>Standing Provisions</source>
            <translation>Disposizioni permanenti</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="45" />
            <source>Standing provisions by signatory</source>
            <translation>Disposizioni permanenti per firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="46" />
            <source>Signatory / provision / milestone</source>
            <translation>Firmatario / disposizione / tappa</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="46" />
            <source>Pledged or due</source>
            <translation>Promesso o dovuto</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="47" />
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="47" />
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="47" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="57" />
            <source>New…</source>
            <translation>Nuova…</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="57" />
            <source>Add a standing provision a signatory pledged</source>
            <translation>Aggiunge una disposizione permanente promessa da un firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="59" />
            <source>Milestone…</source>
            <translation>Tappa…</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="59" />
            <source>Add a date by which part of the provision is due</source>
            <translation>Aggiunge una data entro cui è dovuta una parte della disposizione</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="61" />
            <source>Delivery…</source>
            <translation>Consegna…</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="61" />
            <source>Record what was delivered, and when</source>
            <translation>Registra che cosa è stato consegnato, e quando</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="63" />
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="63" />
            <source>Edit the selected provision, milestone or delivery</source>
            <translation>Modifica la disposizione, la tappa o la consegna selezionata</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="65" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="65" />
            <source>Remove the selected provision, milestone or delivery</source>
            <translation>Rimuove la disposizione, la tappa o la consegna selezionata</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="97" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="132" />
            <source> — assumed</source>
            <translation> — ipotizzata</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="142" />
            <source> (late)</source>
            <translation> (in ritardo)</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="149" />
            <source>Delivered for the provision as a whole</source>
            <translation>Consegnato per la disposizione nel suo insieme</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="159" />
            <source>No standing provisions yet: New… records what a signatory pledged (armed forces, intelligence cooperation).</source>
            <translation>Nessuna disposizione permanente: Nuova… registra ciò che un firmatario ha promesso (forze armate, cooperazione di intelligence).</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="162" />
            <source>Milestones: {0} overdue, {1} due soon, {2} on schedule, {3} delivered</source>
            <translation>Tappe: {0} in ritardo, {1} in scadenza, {2} nei tempi, {3} consegnate</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/dock.py" line="171" />
            <source>yes</source>
            <translation>sì</translation>
        </message>
    </context>
    <context>
        <name>RosterDelegate</name>
        <message>
            <location filename="../../gui/roster/delegate.py" line="16" />
            <source>hours, e.g. 72</source>
            <translation>ore, ad es. 72</translation>
        </message>
        <message>
            <location filename="../../gui/roster/delegate.py" line="17" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-GG</translation>
        </message>
        <message>
            <location filename="../../gui/roster/delegate.py" line="18" />
            <source>name, office, phone</source>
            <translation>nome, ufficio, telefono</translation>
        </message>
    </context>
    <context>
        <name>RosterDock</name>
        <message>
            <location filename="../../gui/roster/dock.py" line="98" />
            <source>Roster</source>
            <translation>Elenco</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="121" />
            <source>Signatory roster</source>
            <translation>Elenco dei firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="288" />
            <source>{0} of {1} ({2}) not changed: {3}</source>
            <translation>{0} di {1} ({2}) non modificato: {3}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="294" />
            <source>No signatories yet: Add… picks states from the list (Ctrl+Shift+N)</source>
            <translation>Ancora nessun firmatario: Aggiungi… sceglie gli Stati dall'elenco (Ctrl+Maiusc+N)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="295" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="298" />
            <source>{0} signatory</source>
            <translation>{0} firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="298" />
            <source>{0} signatories</source>
            <translation>{0} firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="299" />
            <source>{0} needs parliamentary approval</source>
            <translation>{0} richiede l'approvazione parlamentare</translation>
        </message>
        <message>
            <location filename="../../gui/roster/dock.py" line="299" />
            <source>{0} need parliamentary approval</source>
            <translation>{0} richiedono l'approvazione parlamentare</translation>
        </message>
    </context>
    <context>
        <name>RosterEditor</name>
        <message>
            <location filename="../../gui/roster/editor.py" line="31" />
            <source>Add &amp;Signatories…</source>
            <translation>Aggiungi &amp;firmatari…</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="32" />
            <source>Add states to the roster from the list of states (the 2024 signatories with their parliamentary rules)</source>
            <translation>Aggiunge all'elenco Stati dalla lista degli Stati (i firmatari del 2024 con le loro regole parlamentari)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="35" />
            <source>Add All &amp;2024 Signatories</source>
            <translation>Aggiungi tutti i firmatari del &amp;2024</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="36" />
            <source>Add every signatory of the 2024 agreements that is not on the roster yet</source>
            <translation>Aggiunge ogni firmatario degli accordi del 2024 non ancora in elenco</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="39" />
            <source>Add &amp;Custom Signatory…</source>
            <translation>Aggiungi firmatario &amp;personalizzato…</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="40" />
            <source>Add a state or organisation by typing its code, name and parliamentary rule</source>
            <translation>Aggiunge uno Stato o un'organizzazione digitandone codice, nome e regola parlamentare</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="43" />
            <source>&amp;Remove Signatory</source>
            <translation>Ri&amp;muovi firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="44" />
            <source>Remove the selected signatories with their commitments and consultation records</source>
            <translation>Rimuove i firmatari selezionati con i loro impegni e le registrazioni di consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="59" />
            <source>Add…</source>
            <translation>Aggiungi…</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="60" />
            <source>Add states from the list (Ctrl+Shift+N); the arrow offers all 2024 signatories or a custom entry</source>
            <translation>Aggiunge Stati dalla lista (Ctrl+Maiusc+N); la freccia offre tutti i firmatari del 2024 o una voce personalizzata</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="67" />
            <location filename="../../gui/roster/editor.py" line="171" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="68" />
            <source>Remove the selected signatories (Del)</source>
            <translation>Rimuove i firmatari selezionati (Canc)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="111" />
            <source>Add {0} ({1})</source>
            <translation>Aggiungi {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="112" />
            <source>Add {0} signatories</source>
            <translation>Aggiungi {0} firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="120" />
            <source>All 29 signatories of the 2024 agreements are on the roster.</source>
            <translation>Tutti i 29 firmatari degli accordi del 2024 sono in elenco.</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="123" />
            <source>Add all 2024 signatories ({0})</source>
            <translation>Aggiungi tutti i firmatari del 2024 ({0})</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="129" />
            <source>Not added: {0}</source>
            <translation>Non aggiunto: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="147" />
            <source>Add {0}</source>
            <translation>Aggiungi {0}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="168" />
            <source>Remove signatory</source>
            <translation>Rimuovi firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="169" />
            <source>Remove signatories</source>
            <translation>Rimuovi firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/roster/editor.py" line="175" />
            <source>Not removed: {0}</source>
            <translation>Non rimosso: {0}</translation>
        </message>
    </context>
    <context>
        <name>RosterFilterBar</name>
        <message>
            <location filename="../../gui/roster/filter.py" line="64" />
            <source>Filter by name or code</source>
            <translation>Filtra per nome o codice</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="66" />
            <source>Show only the signatories whose name or code contains this text</source>
            <translation>Mostra solo i firmatari il cui nome o codice contiene questo testo</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="71" />
            <source>NATO: all</source>
            <translation>NATO: tutti</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="71" />
            <source>NATO: yes</source>
            <translation>NATO: sì</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="71" />
            <source>NATO: no</source>
            <translation>NATO: no</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="72" />
            <source>Show all signatories, only NATO members, or only non-members</source>
            <translation>Mostra tutti i firmatari, solo i membri NATO o solo i non membri</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="73" />
            <source>EU: all</source>
            <translation>UE: tutti</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="73" />
            <source>EU: yes</source>
            <translation>UE: sì</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="73" />
            <source>EU: no</source>
            <translation>UE: no</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="74" />
            <source>Show all signatories, only EU members, or only non-members</source>
            <translation>Mostra tutti i firmatari, solo i membri UE o solo i non membri</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="75" />
            <source>Approval: all</source>
            <translation>Approv.: tutti</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="75" />
            <source>Approval: yes</source>
            <translation>Approv.: sì</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="75" />
            <source>Approval: no</source>
            <translation>Approv.: no</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="76" />
            <source>Show all signatories, only those whose parliament must approve a military deployment first, or only the others</source>
            <translation>Mostra tutti i firmatari, solo quelli il cui parlamento deve prima approvare un dispiegamento militare, o solo gli altri</translation>
        </message>
        <message>
            <location filename="../../gui/roster/filter.py" line="123" />
            <source>{0} of {1} shown</source>
            <translation>{0} di {1} mostrati</translation>
        </message>
    </context>
    <context>
        <name>SignatoryListDialog</name>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="170" />
            <source>Add signatories from the list of states</source>
            <translation>Aggiungi firmatari dalla lista degli Stati</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="176" />
            <source>Tick the states to add (click a row, or Space on the selected rows). The states of the 2024 agreements come with their parliamentary rules; any other state with its NATO and EU membership.</source>
            <translation>Spuntare gli Stati da aggiungere (clic su una riga, o Spazio sulle righe selezionate). Gli Stati degli accordi del 2024 hanno le loro regole parlamentari; ogni altro Stato la sua appartenenza a NATO e UE.</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="181" />
            <source>Search by name or code</source>
            <translation>Cerca per nome o codice</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="184" />
            <source>Only the 2024 signatories</source>
            <translation>Solo i firmatari del 2024</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="185" />
            <source>The 29 signatories of the 2024 bilateral security agreements</source>
            <translation>I 29 firmatari degli accordi bilaterali di sicurezza del 2024</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="255" />
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="255" />
            <source>Add {0} signatories</source>
            <translation>Aggiungi {0} firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="257" />
            <source>Nothing ticked yet</source>
            <translation>Ancora nulla di spuntato</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="258" />
            <source>{0} ticked: {1}</source>
            <translation>{0} spuntati: {1}</translation>
        </message>
    </context>
    <context>
        <name>TermsOptionsPanel</name>
        <message>
            <location filename="../../gui/terms/options.py" line="35" />
            <location filename="../../gui/terms/options.py" line="41" />
            <source>Treaty options</source>
            <translation>Opzioni di trattato</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="45" />
            <source>Double-click an option to make it the active one</source>
            <translation>Fare doppio clic su un'opzione per renderla attiva</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="49" />
            <source>Add Copy…</source>
            <translation>Aggiungi copia…</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="50" />
            <source>Add a new option, a copy of the selected one, to compare</source>
            <translation>Aggiunge una nuova opzione, copia di quella selezionata, per il confronto</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="51" />
            <source>Rename…</source>
            <translation>Rinomina…</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="52" />
            <source>Rename the selected option</source>
            <translation>Rinomina l'opzione selezionata</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="53" />
            <source>Make Active</source>
            <translation>Rendi attiva</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="54" />
            <source>Assess the exercise with the selected option</source>
            <translation>Valuta l'esercitazione con l'opzione selezionata</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="55" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="56" />
            <source>Delete the selected option (not the active one)</source>
            <translation>Elimina l'opzione selezionata (non quella attiva)</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="94" />
            <source>{0}  (active)</source>
            <translation>{0}  (attiva)</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="141" />
            <source>Add treaty option</source>
            <translation>Aggiungi opzione di trattato</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="141" />
            <source>Name of the new option:</source>
            <translation>Nome della nuova opzione:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="142" />
            <source>Copy of {0}</source>
            <translation>Copia di {0}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="145" />
            <source>Add treaty option '{0}'</source>
            <translation>Aggiungi opzione di trattato '{0}'</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="156" />
            <source>Rename treaty option</source>
            <translation>Rinomina opzione di trattato</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="156" />
            <source>New name:</source>
            <translation>Nuovo nome:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="159" />
            <source>Rename treaty option to '{0}'</source>
            <translation>Rinomina opzione di trattato in '{0}'</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="166" />
            <source>Make '{0}' the active treaty option</source>
            <translation>Rendi '{0}' l'opzione di trattato attiva</translation>
        </message>
        <message>
            <location filename="../../gui/terms/options.py" line="173" />
            <source>Delete treaty option '{0}'</source>
            <translation>Elimina opzione di trattato '{0}'</translation>
        </message>
    </context>
    <context>
        <name>TiersEditor</name>
        <message>
            <location filename="../../gui/terms/fields.py" line="58" />
            <source>+ Add Tier</source>
            <translation>+ Aggiungi fascia</translation>
        </message>
        <message>
            <location filename="../../gui/terms/fields.py" line="60" />
            <source>Add a longer consultation tier (24 h after the last one)</source>
            <translation>Aggiunge una fascia di consultazione più lunga (24 h dopo l'ultima)</translation>
        </message>
        <message>
            <location filename="../../gui/terms/fields.py" line="76" />
            <source>Consultation tier {0}: hours after the incident</source>
            <translation>Fascia di consultazione {0}: ore dopo l'incidente</translation>
        </message>
        <message>
            <location filename="../../gui/terms/fields.py" line="78" />
            <source>Tier {0}</source>
            <translation>Fascia {0}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/fields.py" line="83" />
            <source>Remove tier {0}; severities using it move to a neighbouring tier</source>
            <translation>Rimuove la fascia {0}; le gravità che la usano passano a una fascia vicina</translation>
        </message>
    </context>
    <context>
        <name>TimeAxis</name>
        <message>
            <location filename="../../gui/timeline/axis.py" line="77" />
            <source>now {0}</source>
            <translation>ora {0}</translation>
        </message>
    </context>
    <context>
        <name>TimelineLegend</name>
        <message>
            <location filename="../../gui/timeline/legend.py" line="36" />
            <source>pledged</source>
            <translation>promesso</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/legend.py" line="37" />
            <source>effective</source>
            <translation>efficace</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/legend.py" line="38" />
            <source>gate broken</source>
            <translation>vincolo violato</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/legend.py" line="39" />
            <source>provision milestone</source>
            <translation>tappa di disposizione</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/legend.py" line="40" />
            <source>delivery</source>
            <translation>consegna</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/legend.py" line="41" />
            <source>consultation window</source>
            <translation>finestra di consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/legend.py" line="42" />
            <source>met</source>
            <translation>rispettata</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/legend.py" line="43" />
            <source>missed</source>
            <translation>mancata</translation>
        </message>
    </context>
    <context>
        <name>TimelineOptionBar</name>
        <message>
            <location filename="../../gui/timeline/option_bar.py" line="27" />
            <source>Treaty option the timeline shows</source>
            <translation>Opzione di trattato mostrata dalla linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/option_bar.py" line="28" />
            <source>Draw the timeline's deadlines and statuses under another treaty option (a view only: nothing is stored)</source>
            <translation>Disegna le scadenze e gli stati della linea temporale secondo un'altra opzione di trattato (solo una vista: non viene salvato nulla)</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/option_bar.py" line="35" />
            <source>Timeline shows:</source>
            <translation>La linea temporale mostra:</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/option_bar.py" line="35" />
            <source>Shows:</source>
            <translation>Mostra:</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/option_bar.py" line="53" />
            <source>{0} (active)</source>
            <translation>{0} (attiva)</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/option_bar.py" line="65" />
            <source>Not the active option: countdowns, findings and the projector show {0}</source>
            <translation>Non è l'opzione attiva: conti alla rovescia, rilievi e proiettore mostrano {0}</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../gui/timeline/scene.py" line="109" />
            <source>Incidents</source>
            <translation>Incidenti</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/scene.py" line="109" />
            <source>Windows</source>
            <translation>Finestre</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <location filename="../../gui/timeline/widget.py" line="186" />
            <source>Under {0} (not the active option)</source>
            <translation>Secondo {0} (non è l'opzione attiva)</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/widget.py" line="237" />
            <source>Add incident ({0})</source>
            <translation>Aggiungi incidente ({0})</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/widget.py" line="259" />
            <source>Delete incident #{0}</source>
            <translation>Elimina incidente #{0}</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/widget.py" line="295" />
            <source>No incidents yet: drag an incident type from the Incident Palette onto the timeline, or double-click one there to add it at the current scenario time.</source>
            <translation>Ancora nessun incidente: trascinare un tipo di incidente dalla tavolozza degli incidenti sulla linea temporale, o fare doppio clic su uno di essi per aggiungerlo all'ora corrente dello scenario.</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/widget.py" line="298" />
            <source>No signatories yet: Edit › Add Signatories… (Ctrl+Shift+N) gives each one a lane.</source>
            <translation>Ancora nessun firmatario: Modifica › Aggiungi firmatari… (Ctrl+Maiusc+N) assegna a ciascuno una corsia.</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/widget.py" line="449" />
            <source>Move incident #{0}</source>
            <translation>Sposta incidente #{0}</translation>
        </message>
    </context>
    <context>
        <name>TreatyTermsDialog</name>
        <message>
            <location filename="../../gui/terms/editor.py" line="42" />
            <source>Treaty Terms</source>
            <translation>Termini del trattato</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="52" />
            <source>This exercise is open read-only: the terms cannot be changed.</source>
            <translation>Questa esercitazione è aperta in sola lettura: i termini non possono essere modificati.</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="104" />
            <source>Active option</source>
            <translation>Opzione attiva</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="111" />
            <source>Hours after a new armed aggression within which every signatory must react</source>
            <translation>Ore dopo una nuova aggressione armata entro le quali ogni firmatario deve reagire</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="126" />
            <source>What the option demands: bilateral agreements only means one consultation per partner within 24 h and nothing collective</source>
            <translation>Che cosa prevede l'opzione: solo accordi bilaterali significa una consultazione per partner entro 24 h e nulla di collettivo</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="131" />
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="132" />
            <source>&amp;Demands:</source>
            <translation>&amp;Prevede:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="133" />
            <source>&amp;Reaction deadline:</source>
            <translation>Scadenza di &amp;reazione:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="134" />
            <source>Consultation &amp;tiers:</source>
            <translation>&amp;Fasce di consultazione:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="135" />
            <source>&amp;Coordination:</source>
            <translation>&amp;Coordinamento:</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="147" />
            <source>Consultation tier by severity</source>
            <translation>Fascia di consultazione per gravità</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="154" />
            <source>Consultation tier for S{0}</source>
            <translation>Fascia di consultazione per S{0}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="165" />
            <source>Response categories in scope</source>
            <translation>Categorie di risposta nell'ambito</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="180" />
            <source>Proportional responses expected (incident type × severity)</source>
            <translation>Risposte proporzionate previste (tipo di incidente × gravità)</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="199" />
            <source>Double-click a cell (or press Enter) to choose its categories; the keys P, E, M, C, H toggle one. Hatched chips are outside the treaty's scope: not expected.</source>
            <translation>Fare doppio clic su una cella (o premere Invio) per sceglierne le categorie; i tasti P, E, M, C, H ne attivano una. Le etichette tratteggiate sono fuori dall'ambito del trattato: non previste.</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="235" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="242" />
            <source>Editing the active option &lt;b&gt;{0}&lt;/b&gt;. Changes re-assess the exercise at once; Edit › Undo takes them back.</source>
            <translation>Si modifica l'opzione attiva &lt;b&gt;{0}&lt;/b&gt;. Le modifiche rivalutano subito l'esercitazione; Modifica › Annulla le revoca.</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="254" />
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="289" />
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="289" />
            <source>reaction deadline</source>
            <translation>scadenza di reazione</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="290" />
            <source>consultation tiers</source>
            <translation>fasce di consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="290" />
            <source>tier by severity</source>
            <translation>fascia per gravità</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="291" />
            <source>categories in scope</source>
            <translation>categorie nell'ambito</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="291" />
            <source>coordination</source>
            <translation>coordinamento</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="292" />
            <source>what it demands</source>
            <translation>che cosa prevede</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="293" />
            <source>Edit treaty terms: {0}</source>
            <translation>Modifica termini del trattato: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="339" />
            <source>{0}, S{1}</source>
            <translation>{0}, S{1}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="360" />
            <source>Expect {0} for {1} S{2}</source>
            <translation>Prevedi {0} per {1} S{2}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="360" />
            <source>No longer expect {0} for {1} S{2}</source>
            <translation>Non prevedere più {0} per {1} S{2}</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="368" />
            <source>A collective pact</source>
            <translation>Un patto collettivo</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="369" />
            <source>A force stationed in the protected state</source>
            <translation>Una forza di stanza nello Stato protetto</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="370" />
            <source>Bilateral agreements only</source>
            <translation>Solo accordi bilaterali</translation>
        </message>
        <message>
            <location filename="../../gui/terms/editor.py" line="378" />
            <source>Tier {0}: {1}</source>
            <translation>Fascia {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>WindowDocks</name>
        <message>
            <location filename="../../gui/shell/window_docks.py" line="143" />
            <source>Show or hide the {0}</source>
            <translation>Mostra o nascondi {0}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/window_docks.py" line="158" />
            <source>{0} [WHAT-IF]</source>
            <translation>{0} [IPOTESI]</translation>
        </message>
    </context>
    <context>
        <name>gui.branches.actions</name>
        <message>
            <location filename="../../gui/branches/actions.py" line="17" />
            <source>&amp;Branch Points…</source>
            <translation>Punti di &amp;diramazione…</translation>
        </message>
        <message>
            <location filename="../../gui/branches/actions.py" line="18" />
            <source>Create and edit branch points and their outcomes; resolve one in play</source>
            <translation>Crea e modifica i punti di diramazione e i loro esiti; ne risolve uno durante il gioco</translation>
        </message>
    </context>
    <context>
        <name>gui.branches.commands</name>
        <message>
            <location filename="../../gui/branches/commands.py" line="20" />
            <source>Add branch point “{0}”</source>
            <translation>Aggiungi punto di diramazione “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/branches/commands.py" line="80" />
            <source>Rename outcome “{0}”</source>
            <translation>Rinomina esito “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/branches/commands.py" line="92" />
            <source>Add outcome “{0}”</source>
            <translation>Aggiungi esito “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/branches/commands.py" line="111" />
            <source>Resolve branch point: {0}</source>
            <translation>Risolvi punto di diramazione: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/branches/commands.py" line="131" />
            <source>Delete branch point “{0}”</source>
            <translation>Elimina punto di diramazione “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/branches/commands.py" line="136" />
            <source>Delete outcome “{0}”</source>
            <translation>Elimina esito “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/branches/commands.py" line="150" />
            <source>Put {0} on {1}</source>
            <translation>Sposta {0} su {1}</translation>
        </message>
        <message>
            <location filename="../../gui/branches/commands.py" line="195" />
            <source>The trunk</source>
            <translation>Il tronco comune</translation>
        </message>
    </context>
    <context>
        <name>gui.branches.menu</name>
        <message>
            <location filename="../../gui/branches/menu.py" line="15" />
            <source>The trunk</source>
            <translation>Tronco comune</translation>
        </message>
        <message>
            <location filename="../../gui/branches/menu.py" line="19" />
            <source>Copy incident #{0} to {1}</source>
            <translation>Copia incidente #{0} in: {1}</translation>
        </message>
        <message>
            <location filename="../../gui/branches/menu.py" line="24" />
            <source>Put incident #{0} on {1}</source>
            <translation>Assegna incidente #{0} a: {1}</translation>
        </message>
        <message>
            <location filename="../../gui/branches/menu.py" line="36" />
            <source>Copy to Outcome</source>
            <translation>Copia in un esito</translation>
        </message>
        <message>
            <location filename="../../gui/branches/menu.py" line="37" />
            <source>Put on Outcome</source>
            <translation>Assegna a un esito</translation>
        </message>
    </context>
    <context>
        <name>gui.comparison.chart</name>
        <message>
            <location filename="../../gui/comparison/chart.py" line="64" />
            <source>Obligations</source>
            <translation>Obblighi</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="65" />
            <source>met</source>
            <translation>rispettati</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="66" />
            <source>missed</source>
            <translation>non rispettati</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="67" />
            <source>pending</source>
            <translation>in corso</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="68" />
            <source>Latency, median</source>
            <translation>Latenza, mediana</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="69" />
            <source>reaction</source>
            <translation>reazione</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="70" />
            <source>consultation</source>
            <translation>consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="71" />
            <source>Gaps and gates</source>
            <translation>Lacune e vincoli</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="72" />
            <source>incidents with a gap</source>
            <translation>incidenti con una lacuna</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="73" />
            <source>gates broken</source>
            <translation>vincoli violati</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="74" />
            <source>approvals needed</source>
            <translation>approvazioni necessarie</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="75" />
            <source>First effective measure, median</source>
            <translation>Prima misura efficace, mediana</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="78" />
            <source>Provision milestones</source>
            <translation>Tappe delle disposizioni</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="79" />
            <source>overdue</source>
            <translation>in ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/chart.py" line="80" />
            <source>due soon</source>
            <translation>in scadenza</translation>
        </message>
    </context>
    <context>
        <name>gui.comparison.judged_at_menu</name>
        <message>
            <location filename="../../gui/comparison/judged_at_menu.py" line="33" />
            <source>Judged as of:</source>
            <translation>Valutato al:</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/judged_at_menu.py" line="36" />
            <source>the exercise clock</source>
            <translation>l'orologio dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/judged_at_menu.py" line="37" />
            <source>ENDEX</source>
            <translation>ENDEX</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/judged_at_menu.py" line="38" />
            <source>a chosen time</source>
            <translation>un'ora scelta</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/judged_at_menu.py" line="39" />
            <source>At the exercise clock, incidents still ahead have nothing recorded; as of ENDEX the planned attendances and commitments are judged too</source>
            <translation>All'ora dell'orologio dell'esercitazione gli incidenti ancora da venire non hanno nulla di registrato; a ENDEX si valutano anche le partecipazioni e gli impegni pianificati</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/judged_at_menu.py" line="44" />
            <source>D+3 12:00</source>
            <translation>D+3 12:00</translation>
        </message>
    </context>
    <context>
        <name>gui.comparison.outcome_menu</name>
        <message>
            <location filename="../../gui/comparison/outcome_menu.py" line="33" />
            <source>Cross the treaty options with an adversary's answer: each option judged on the trunk plus that outcome</source>
            <translation>Incrociare le opzioni del trattato con una risposta dell'avversario: ogni opzione valutata sul tronco comune più quell'esito</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/outcome_menu.py" line="48" />
            <source>As on the timeline</source>
            <translation>Come sulla linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/outcome_menu.py" line="52" />
            <source> (played)</source>
            <translation> (giocato)</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/outcome_menu.py" line="69" />
            <source>as on the timeline</source>
            <translation>come sulla linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/outcome_menu.py" line="71" />
            <source>Crossed with: {0}</source>
            <translation>Incrociate con: {0}</translation>
        </message>
    </context>
    <context>
        <name>gui.comparison.rows</name>
        <message>
            <location filename="../../gui/comparison/rows.py" line="58" />
            <source>collective pact</source>
            <translation>patto collettivo</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="58" />
            <source>force stationed in the protected state</source>
            <translation>forza di stanza nello Stato protetto</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="59" />
            <source>bilateral agreements only</source>
            <translation>solo accordi bilaterali</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="63" />
            <source>acceptable</source>
            <translation>accettabile</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="63" />
            <source>rejects it</source>
            <translation>lo respinge</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="63" />
            <source>unavailable (veto)</source>
            <translation>non disponibile (veto)</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="64" />
            <source>not known</source>
            <translation>posizione non nota</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="65" />
            <location filename="../../gui/comparison/rows.py" line="119" />
            <source> (assumed)</source>
            <translation> (ipotesi)</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="89" />
            <source>Obligations</source>
            <translation>Obblighi</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="90" />
            <source>Demands</source>
            <translation>Prevede</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="91" />
            <source>Obligations met</source>
            <translation>Obblighi rispettati</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="92" />
            <source>Obligations missed</source>
            <translation>Obblighi non rispettati</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="93" />
            <source>Obligations pending</source>
            <translation>Obblighi in corso</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="94" />
            <source>Reactions met / missed / pending</source>
            <translation>Reazioni rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="94" />
            <source>Reaction latency, median</source>
            <translation>Latenza di reazione, mediana</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="95" />
            <source>Reaction latency, worst</source>
            <translation>Latenza di reazione, peggiore</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="96" />
            <source>Consultations met / missed / pending</source>
            <translation>Consultazioni rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="96" />
            <source>Consultation latency, median</source>
            <translation>Latenza di consultazione, mediana</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="97" />
            <source>Consultation latency, worst</source>
            <translation>Latenza di consultazione, peggiore</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="98" />
            <source>Proportionality and parliaments</source>
            <translation>Proporzionalità e parlamenti</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="99" />
            <source>Incidents with a proportionality gap</source>
            <translation>Incidenti con una lacuna di proporzionalità</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="101" />
            <source>Expected categories missing</source>
            <translation>Categorie previste mancanti</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="103" />
            <source>Parliamentary gates broken</source>
            <translation>Vincoli parlamentari violati</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="105" />
            <source>Parliamentary approvals needed</source>
            <translation>Approvazioni parlamentari necessarie</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="107" />
            <source>Time to the first effective measure (median over incidents)</source>
            <translation>Tempo fino alla prima misura efficace (mediana sugli incidenti)</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="110" />
            <source>First effective {0} measure</source>
            <translation>Prima misura efficace, ambito {0}</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="114" />
            <source>Coordination and the adversary</source>
            <translation>Coordinamento e avversario</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="115" />
            <source>Military measures coordinated by</source>
            <translation>Misure militari coordinate da</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="117" />
            <source>Coordination lead time</source>
            <translation>Tempo di coordinamento</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="118" />
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="120" />
            <source>Adversary</source>
            <translation>Avversario</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="122" />
            <source>Standing provisions</source>
            <translation>Disposizioni permanenti</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="123" />
            <source>Parties' provision milestones overdue</source>
            <translation>Tappe in ritardo delle disposizioni delle parti</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="124" />
            <source>{0} of {1}</source>
            <translation>{0} su {1}</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="126" />
            <source>Parties' provision milestones due soon</source>
            <translation>Tappe in scadenza delle disposizioni delle parti</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="171" />
            <source>not in this outcome</source>
            <translation>non in questo esito</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="240" />
            <source>Parties bound at {0} ({1})</source>
            <translation>Parti vincolate all'incidente {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="252" />
            <source>At each incident</source>
            <translation>A ogni incidente</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="259" />
            <source>first effective {0} measure</source>
            <translation>prima misura efficace, ambito {0}</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="269" />
            <source>Per signatory (median latency)</source>
            <translation>Per firmatario (latenza mediana)</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="272" />
            <source>{0} reaction</source>
            <translation>Reazione di {0}</translation>
        </message>
        <message>
            <location filename="../../gui/comparison/rows.py" line="275" />
            <source>{0} consultation</source>
            <translation>Consultazione di {0}</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.additional_fields_editor</name>
        <message>
            <location filename="../../gui/conduct/additional_fields_editor.py" line="19" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/additional_fields_editor.py" line="19" />
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/additional_fields_editor.py" line="24" />
            <source>Columns of an imported sheet that map to no inject field: kept with the inject and written back by an MSEL export</source>
            <translation>Colonne di un foglio importato che non corrispondono ad alcun campo dell'inject: conservate con l'inject e riscritte da un'esportazione della MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/additional_fields_editor.py" line="29" />
            <source>Add &amp;field</source>
            <translation>Aggiungi cam&amp;po</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/additional_fields_editor.py" line="31" />
            <source>Add a named field of your own</source>
            <translation>Aggiunge un campo personalizzato, con il nome scelto</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/additional_fields_editor.py" line="32" />
            <source>Remove field</source>
            <translation>Rimuovi campo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/additional_fields_editor.py" line="34" />
            <source>Remove the selected field</source>
            <translation>Rimuove il campo selezionato</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.adhoc</name>
        <message>
            <location filename="../../gui/conduct/adhoc.py" line="38" />
            <source>Add and deliver ad-hoc inject {0}</source>
            <translation>Aggiungi e invia l'inject estemporaneo {0}</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.clock_controls</name>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="49" />
            <source>Scenario time: exercise day (D+0 is the day of STARTEX) and clock, in {0}</source>
            <translation>Ora dello scenario: giorno dell'esercitazione (D+0 è il giorno di STARTEX) e ora, secondo il fuso {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="55" />
            <source>{0} scenario ({1})</source>
            <translation>{0} di scenario ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="67" />
            <source>Clock speed: scenario seconds per wall-clock second</source>
            <translation>Velocità dell'orologio: secondi di scenario per secondo reale</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="68" />
            <source>Choose how fast scenario time runs</source>
            <translation>Sceglie la velocità con cui scorre il tempo dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="69" />
            <location filename="../../gui/conduct/clock_controls.py" line="340" />
            <source>Clock speed</source>
            <translation>Velocità dell'orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="81" />
            <source>{0} (custom)</source>
            <translation>{0} (personalizzata)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="82" />
            <source>Custom…</source>
            <translation>Personalizzata…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="109" />
            <source>&amp;Pause Clock</source>
            <translation>&amp;Pausa orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="109" />
            <source>Pause clock</source>
            <translation>Pausa orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="109" />
            <source>Pause the exercise clock (Space)</source>
            <translation>Mette in pausa l'orologio dell'esercitazione (Spazio)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="111" />
            <source>&amp;Resume Clock</source>
            <translation>&amp;Riprendi orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="111" />
            <source>Resume clock</source>
            <translation>Riprendi orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="111" />
            <source>Resume the exercise clock (Space)</source>
            <translation>Riprende l'orologio dell'esercitazione (Spazio)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="112" />
            <source>&amp;Start Clock</source>
            <translation>&amp;Avvia orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="112" />
            <source>Start clock</source>
            <translation>Avvia orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="112" />
            <source>Start the exercise clock (Space)</source>
            <translation>Avvia l'orologio dell'esercitazione (Spazio)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="134" />
            <source>STARTE&amp;X</source>
            <translation>STARTE&amp;X</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="134" />
            <source>STARTEX</source>
            <translation>STARTEX</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="135" />
            <source>Start the exercise: the clock moves up to STARTEX if it is before it, and runs</source>
            <translation>Avvia l'esercitazione: l'orologio avanza fino a STARTEX se è prima, e parte</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="137" />
            <source>ENDEX</source>
            <translation>ENDEX</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="137" />
            <source>&amp;ENDEX</source>
            <translation>&amp;ENDEX</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="138" />
            <source>End the exercise: the clock stops and ENDEX is logged</source>
            <translation>Termina l'esercitazione: l'orologio si ferma e ENDEX viene registrato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="139" />
            <source>Set Scenario &amp;Time…</source>
            <translation>Imposta &amp;ora dello scenario…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="139" />
            <source>Set time…</source>
            <translation>Imposta ora…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="140" />
            <source>Move the exercise clock to a scenario time (D+1 14:00, T+26h, ISO…)</source>
            <translation>Porta l'orologio dell'esercitazione a un'ora dello scenario (D+1 14:00, T+26h, ISO…)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="142" />
            <source>Jump to Next &amp;Inject</source>
            <translation>Vai al prossimo i&amp;nject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="142" />
            <source>Next inject</source>
            <translation>Prossimo inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="143" />
            <source>Set the clock to the next planned inject's delivery time; it is delivered</source>
            <translation>Porta l'orologio all'ora di invio del prossimo inject pianificato; viene inviato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="145" />
            <source>Jump to Next &amp;Deadline</source>
            <translation>Vai alla prossima &amp;scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="145" />
            <source>Next deadline</source>
            <translation>Prossima scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="146" />
            <source>Set the clock to the next pending reaction or consultation deadline</source>
            <translation>Porta l'orologio alla prossima scadenza di reazione o di consultazione in corso</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="175" />
            <source>STARTEX: the clock runs from {0}</source>
            <translation>STARTEX: l'orologio parte da {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="180" />
            <source>ENDEX at {0}: the clock is stopped and ENDEX is in the log</source>
            <translation>ENDEX alle {0}: l'orologio è fermo e ENDEX è nel registro</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="202" />
            <source>No planned inject lies ahead of the clock</source>
            <translation>Nessun inject pianificato davanti all'orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="210" />
            <source>No pending deadline lies ahead of the clock</source>
            <translation>Nessuna scadenza in corso davanti all'orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="215" />
            <source>Exercise Clock</source>
            <translation>Orologio dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="231" />
            <source>Speed</source>
            <translation>Velocità</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="275" />
            <source>Scenario time</source>
            <translation>Ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="293" />
            <source>no exercise open</source>
            <translation>nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="312" />
            <source>RUNNING</source>
            <translation>IN CORSO</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="312" />
            <source>PAUSED</source>
            <translation>IN PAUSA</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="343" />
            <source>Whether the exercise clock is running</source>
            <translation>Se l'orologio dell'esercitazione è in corso</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="283" />
            <source>Scenario time: exercise day (D+0 is the day of STARTEX) and clock, UTC</source>
            <translation type="vanished">Ora dello scenario: giorno dell'esercitazione (D+0 è il giorno di STARTEX) e ora, UTC</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_controls.py" line="331" />
            <source>Scenario time (exercise day and UTC)</source>
            <translation type="vanished">Ora dello scenario (giorno dell'esercitazione e UTC)</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.clock_dialogs</name>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="42" />
            <source>'{0}' is not an offset: write hours:minutes with a sign, e.g. +2:30 or -0:45</source>
            <translation>'{0}' non è uno scostamento: scrivere ore:minuti con un segno, ad es. +2:30 o -0:45</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="46" />
            <source>'{0}': minutes must be 00-59</source>
            <translation>'{0}': i minuti devono essere tra 00 e 59</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="73" />
            <source>Set scenario time</source>
            <translation>Imposta ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="80" />
            <source>New scenario time</source>
            <translation>Nuova ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="81" />
            <source>D+1 14:00 · T+26h · H+2:30 · Tue 14:00 · 2026-03-03T14:00Z (clock times in {0})</source>
            <translation>D+1 14:00 · T+26h · H+2:30 · mar 14:00 · 2026-03-03T14:00Z (ore secondo il fuso {0})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="87" />
            <source>Now: {0} ({1})</source>
            <translation>Ora: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="93" />
            <source>&amp;Scenario time:</source>
            <translation>&amp;Ora dello scenario:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="118" />
            <source>= {0} · {1}, read as {2}</source>
            <translation>= {0} · {1}, letto come {2}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="121" />
            <source>Moving forward passes {0} planned inject ({1}): it is delivered at its planned time.</source>
            <translation>L'avanzamento supera {0} inject pianificato ({1}): viene inviato alla sua ora pianificata.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="123" />
            <source>Moving forward passes {0} planned injects ({1}): each is delivered at its planned time, in order.</source>
            <translation>L'avanzamento supera {0} inject pianificati ({1}): ciascuno viene inviato alla sua ora pianificata, in ordine.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="139" />
            <source>Shift injects</source>
            <translation>Sposta inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="144" />
            <source>Whole MSEL</source>
            <translation>Tutta la MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="146" />
            <source>Phase: {0}</source>
            <translation>Fase: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="146" />
            <source>(no phase)</source>
            <translation>(nessuna fase)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="151" />
            <source>Offset, hours:minutes</source>
            <translation>Scostamento, ore:minuti</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="153" />
            <source>hours:minutes, + later or - earlier (e.g. +2:30, -0:45, 90 min)</source>
            <translation>ore:minuti, + più tardi o - prima (ad es. +2:30, -0:45, 90 min)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="159" />
            <source>&amp;Injects:</source>
            <translation>&amp;Inject:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="160" />
            <source>&amp;Offset:</source>
            <translation>&amp;Scostamento:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="186" />
            <source>later</source>
            <translation>più tardi</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="186" />
            <source>earlier</source>
            <translation>prima</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="188" />
            <source>Moves {0} inject {1} {2}. Delivered injects keep their actual times.</source>
            <translation>Sposta {0} inject {1} {2}. Gli inject già inviati mantengono le loro ore effettive.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="189" />
            <source>Moves {0} injects {1} {2}; their spacing stays. Delivered injects keep their actual times.</source>
            <translation>Sposta {0} inject {1} {2}; la spaziatura resta. Gli inject già inviati mantengono le loro ore effettive.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="79" />
            <source>D+1 14:00 · T+26h · H+2:30 · Tue 14:00 · 2026-03-03T14:00Z (times in UTC)</source>
            <translation type="vanished">D+1 14:00 · T+26h · H+2:30 · Tue 14:00 · 2026-03-03T14:00Z (ore in UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="84" />
            <source>Now: {0} ({1:%a %Y-%m-%d %H:%M} UTC)</source>
            <translation type="vanished">Ora: {0} ({1:%Y-%m-%d %H:%M} UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/clock_dialogs.py" line="116" />
            <source>= {0} · {1:%a %Y-%m-%d %H:%M:%S} UTC, read as {2}</source>
            <translation type="vanished">= {0} · {1:%Y-%m-%d %H:%M:%S} UTC, letto come {2}</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.inject_dialog</name>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="47" />
            <source>Edit inject {0}</source>
            <translation>Modifica inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="49" />
            <source>Add ad-hoc inject</source>
            <translation>Aggiungi inject estemporaneo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="49" />
            <source>Add inject</source>
            <translation>Aggiungi inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="72" />
            <source>automatic</source>
            <translation>automatico</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="74" />
            <source>same as the scenario time</source>
            <translation>uguale all'ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="84" />
            <source>email, phone, VTC, map update…</source>
            <translation>email, telefono, VTC, aggiornamento della mappa…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="84" />
            <source>simulated sender</source>
            <translation>mittente simulato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="85" />
            <source>players</source>
            <translation>giocatori</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="87" />
            <source>subject, in a few words</source>
            <translation>oggetto, in poche parole</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="97" />
            <source>Default for the type</source>
            <translation>Predefinito per il tipo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="100" />
            <source>where it happens</source>
            <translation>dove avviene</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="108" />
            <source>Delivering this inject asks the facilitator to resolve that branch point</source>
            <translation>La consegna di questo inject chiede al facilitatore di risolvere quel punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="111" />
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="119" />
            <source>Deliver:</source>
            <translation>Invio:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="120" />
            <source>&amp;Scenario time:</source>
            <translation>&amp;Ora dello scenario:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="120" />
            <source>&amp;Number:</source>
            <translation>&amp;Numero:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="121" />
            <source>&amp;Delivery time:</source>
            <translation>Ora di &amp;invio:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="121" />
            <source>&amp;Phase/move:</source>
            <translation>&amp;Fase/mossa:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="121" />
            <source>T&amp;ype:</source>
            <translation>T&amp;ipo:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="122" />
            <source>&amp;Method:</source>
            <translation>&amp;Modalità:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="122" />
            <source>&amp;From:</source>
            <translation>&amp;Da:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="122" />
            <source>&amp;To:</source>
            <translation>&amp;A:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="123" />
            <source>T&amp;itle:</source>
            <translation>&amp;Titolo:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="123" />
            <source>S&amp;ynopsis:</source>
            <translation>S&amp;intesi:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="123" />
            <source>&amp;Expected action:</source>
            <translation>Azione &amp;attesa:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="124" />
            <source>&amp;Objective:</source>
            <translation>&amp;Obiettivo:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="124" />
            <source>&amp;Controller:</source>
            <translation>&amp;Controller:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="124" />
            <source>No&amp;tes:</source>
            <translation>No&amp;te:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="126" />
            <source>&amp;Branch:</source>
            <translation>&amp;Ramo:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="132" />
            <source>As&amp;ks to resolve:</source>
            <translation>Chiede di ri&amp;solvere:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="135" />
            <source>Times: D+1 14:00, T+26h, H+2:30, Tue 14:00 or ISO 8601 (UTC)</source>
            <translation>Ore: D+1 14:00, T+26h, H+2:30, mar 14:00 o ISO 8601 (UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="138" />
            <source>Incident it creates when delivered</source>
            <translation>Incidente che crea quando viene inviato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="141" />
            <source>Incident t&amp;ype:</source>
            <translation>Tipo di &amp;incidente:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="141" />
            <source>Se&amp;verity:</source>
            <translation>&amp;Gravità:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="142" />
            <source>&amp;Location:</source>
            <translation>&amp;Luogo:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="154" />
            <source>Additional fields</source>
            <translation>Campi aggiuntivi</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="204" />
            <source>&amp;Now ({0})</source>
            <translation>&amp;Adesso ({0})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/inject_dialog.py" line="206" />
            <source>At its &amp;delivery time</source>
            <translation>All'ora di &amp;invio</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.log_entry_line</name>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="28" />
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="28" />
            <source>Commitment</source>
            <translation>Impegno</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="29" />
            <source>Attendance</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_entry_line.py" line="29" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.log_model</name>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="23" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="23" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="24" />
            <source>Wall (UTC)</source>
            <translation>Ora reale (UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="24" />
            <source>Author</source>
            <translation>Autore</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="25" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="25" />
            <source>Entry</source>
            <translation>Voce</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="26" />
            <source>Corrects</source>
            <translation>Corregge</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="28" />
            <source>Number of the entry in the log (entries are never removed or renumbered)</source>
            <translation>Numero della voce nel registro (le voci non vengono mai rimosse né rinumerate)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="29" />
            <source>Scenario time of the entry: day relative to STARTEX and clock time</source>
            <translation>Ora dello scenario della voce: giorno relativo a STARTEX e ora</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="30" />
            <source>Wall-clock time (UTC) when the entry was written</source>
            <translation>Ora reale (UTC) in cui la voce è stata scritta</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="31" />
            <source>Who wrote the entry</source>
            <translation>Chi ha scritto la voce</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="32" />
            <source>Decision, commitment, attendance, note, correction, clock, inject or edit</source>
            <translation>Decisione, impegno, partecipazione, nota, correzione, orologio, inject o modifica</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="33" />
            <source>What happened</source>
            <translation>Che cosa è successo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="34" />
            <source>The earlier entry this correction corrects</source>
            <translation>La voce precedente che questa correzione corregge</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="38" />
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="39" />
            <source>Commitment</source>
            <translation>Impegno</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="40" />
            <source>Attendance</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="41" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="42" />
            <source>Correction</source>
            <translation>Correzione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="43" />
            <source>Clock</source>
            <translation>Orologio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="44" />
            <source>Inject</source>
            <translation>Inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="45" />
            <source>Edit</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="169" />
            <source>corrects #{0}</source>
            <translation>corregge #{0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/log_model.py" line="179" />
            <source>Corrected by entry {0}</source>
            <translation>Corretta dalla voce {0}</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_import_dialog</name>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="54" />
            <source>Import MSEL — {0}</source>
            <translation>Importa MSEL — {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="69" />
            <source>The sheet of the workbook to import</source>
            <translation>Il foglio della cartella di lavoro da importare</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="70" />
            <source>&amp;Sheet:</source>
            <translation>&amp;Foglio:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="93" />
            <source>Column in the file</source>
            <translation>Colonna nel file</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="93" />
            <source>Imports as</source>
            <translation>Importata come</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="93" />
            <source>First value</source>
            <translation>Primo valore</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="100" />
            <source>Column mapping</source>
            <translation>Corrispondenza delle colonne</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="108" />
            <source>Preview of the injects as they would be imported</source>
            <translation>Anteprima degli inject come verrebbero importati</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="111" />
            <source>Row number in the file</source>
            <translation>Numero di riga nel file</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="117" />
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="117" />
            <source>Column</source>
            <translation>Colonna</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="117" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="120" />
            <source>Problems found in the file</source>
            <translation>Problemi trovati nel file</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="136" />
            <location filename="../../gui/conduct/msel_import_dialog.py" line="317" />
            <source>&amp;Import</source>
            <translation>&amp;Importa</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="138" />
            <source>&amp;Save mapping…</source>
            <translation>&amp;Salva corrispondenza…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="139" />
            <source>Save the columns, time reading and value choices as a profile, for the next sheet (and for pactline --mapping)</source>
            <translation>Salva le colonne, la lettura delle ore e le scelte dei valori come profilo, per il prossimo foglio (e per pactline --mapping)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="141" />
            <source>&amp;Load mapping…</source>
            <translation>&amp;Carica corrispondenza…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="142" />
            <source>Apply a saved mapping profile to this sheet</source>
            <translation>Applica a questo foglio un profilo di corrispondenza salvato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="163" />
            <source>&lt;b&gt;Columns&lt;/b&gt; — choose what each one imports as</source>
            <translation>&lt;b&gt;Colonne&lt;/b&gt; — scegliere come importare ciascuna</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="181" />
            <source>&lt;b&gt;Problems&lt;/b&gt; — click one to see its cell</source>
            <translation>&lt;b&gt;Problemi&lt;/b&gt; — fare clic su uno per vederne la cella</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="187" />
            <source>Problems</source>
            <translation>Problemi</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="188" />
            <source>Values</source>
            <translation>Valori</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="189" />
            <source>What each value of the inject type, incident type, severity and method columns is imported as</source>
            <translation>Come viene importato ciascun valore delle colonne tipo di inject, tipo di incidente, gravità e modalità</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="215" />
            <source>sheet '{0}' of </source>
            <translation>foglio '{0}' di </translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="216" />
            <source>header in row {0}</source>
            <translation>intestazione nella riga {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="216" />
            <source>no header row</source>
            <translation>nessuna riga di intestazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="217" />
            <source>{0} rows from {1}{2} ({3})</source>
            <translation>{0} righe da {1}{2} ({3})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="252" />
            <source>no sheet is ticked: tick the sheets to import</source>
            <translation>nessun foglio è selezionato: selezionare i fogli da importare</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="259" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — {0} injects as they would be imported</source>
            <translation>&lt;b&gt;Anteprima&lt;/b&gt; — {0} inject come verrebbero importati</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="270" />
            <source>Times understood as: {0}</source>
            <translation>Ore interpretate come: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="271" />
            <source>No times understood yet.</source>
            <translation>Ancora nessuna ora interpretata.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="294" />
            <source>{0}; choose what it means in the Values tab</source>
            <translation>{0}; scegliere nella scheda Valori che cosa significa</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="301" />
            <source>Values ({0}, {1} to choose)</source>
            <translation>Valori ({0}, {1} da scegliere)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="302" />
            <source>Values ({0})</source>
            <translation>Valori ({0})</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="304" />
            <source>No problems found.</source>
            <translation>Nessun problema trovato.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="309" />
            <source>… and {0} more</source>
            <translation>… e altri {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="316" />
            <source>&amp;Import {0} injects</source>
            <translation>&amp;Importa {0} inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="319" />
            <source>This exercise is open read-only: nothing can be imported.</source>
            <translation>Questa esercitazione è aperta in sola lettura: non si può importare nulla.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="321" />
            <source>{0} problem: correct the file or the column mapping. Nothing is imported until every row is valid.</source>
            <translation>{0} problema: correggere il file o la corrispondenza delle colonne. Non si importa nulla finché ogni riga non è valida.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="323" />
            <source>{0} problems: correct the file or the column mapping. Nothing is imported until every row is valid.</source>
            <translation>{0} problemi: correggere il file o la corrispondenza delle colonne. Non si importa nulla finché ogni riga non è valida.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="326" />
            <source>Every row is valid.</source>
            <translation>Ogni riga è valida.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="385" />
            <source>Import {0} injects from {1} sheets of {2}</source>
            <translation>Importa {0} inject da {1} fogli di {2}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="390" />
            <source>Import {0} injects from {1}</source>
            <translation>Importa {0} inject da {1}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="439" />
            <source>Cannot import the MSEL</source>
            <translation>Impossibile importare la MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="226" />
            <source>(keep as an additional field)</source>
            <translation type="vanished">(conserva come campo aggiuntivo)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="227" />
            <source>(drop this column)</source>
            <translation type="vanished">(scarta questa colonna)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="228" />
            <source>Neither imported nor kept with the injects</source>
            <translation type="vanished">Né importata né conservata con gli inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="232" />
            <source>Guessed from the header; change it if it is wrong</source>
            <translation type="vanished">Dedotto dall'intestazione; modificarlo se è sbagliato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="233" />
            <source>Not recognised: choose what this column holds, or keep it with each inject as an additional field, or drop it</source>
            <translation type="vanished">Non riconosciuta: scegliere cosa contiene questa colonna, o conservarla con ogni inject come campo aggiuntivo, o scartarla</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="231" />
            <source>Not recognised: choose what this column holds, or keep it with each inject as an additional field</source>
            <translation type="vanished">Non riconosciuta: scegliere cosa contiene questa colonna, o conservarla con ogni inject come campo aggiuntivo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="320" />
            <source>Cannot read the sheet</source>
            <translation type="vanished">Impossibile leggere il foglio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="203" />
            <source>(ignore)</source>
            <translation type="vanished">(ignora)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_dialog.py" line="208" />
            <source>Not recognised: choose what this column holds, or leave it ignored</source>
            <translation type="vanished">Non riconosciuta: scegliere cosa contiene questa colonna, o lasciarla ignorata</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_import_options</name>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="32" />
            <source>on STARTEX's day (D+0)</source>
            <translation>nel giorno di STARTEX (D+0)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="33" />
            <source>on day D+…</source>
            <translation>nel giorno D+…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="34" />
            <source>on the previous row's day</source>
            <translation>nel giorno della riga precedente</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="35" />
            <source>How clock times without a day (11:00, 0700) are read. The previous row's day moves to the next day when the clock goes back.</source>
            <translation>Come vengono lette le ore senza giorno (11:00, 0700). Il giorno della riga precedente passa al giorno successivo quando l'ora torna indietro.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="46" />
            <location filename="../../gui/conduct/msel_import_options.py" line="110" />
            <source>The time zone of times that name none; type any zone name, e.g. Asia/Tokyo</source>
            <translation>Il fuso orario delle ore che non ne indicano uno; digitare qualsiasi nome di fuso, ad es. Asia/Tokyo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="52" />
            <source>found</source>
            <translation>trovata</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="53" />
            <source>The sheet row holding the column names; 0: the sheet has none (columns A, B, C…)</source>
            <translation>La riga del foglio con i nomi delle colonne; 0: il foglio non ne ha (colonne A, B, C…)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="57" />
            <source>as in the sheet</source>
            <translation>come nel foglio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="58" />
            <source>renumber</source>
            <translation>rinumera</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="59" />
            <source>renumber, sheet's in the notes</source>
            <translation>rinumera, quelli del foglio nelle note</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="60" />
            <source>A sheet that numbers two injects alike is refused unless they are renumbered, continuing the MSEL; the sheet's number can be kept in each inject's notes</source>
            <translation>Un foglio che assegna lo stesso numero a due inject viene rifiutato, a meno che non vengano rinumerati proseguendo la MSEL; il numero del foglio può essere conservato nelle note di ogni inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="62" />
            <source>Move the first inject to STARTEX</source>
            <translation>Sposta il primo inject a STARTEX</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="64" />
            <source>Moves the whole MSEL, keeping the spacing between injects</source>
            <translation>Sposta tutta la MSEL, mantenendo la spaziatura tra gli inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="65" />
            <source>Set STARTEX/ENDEX from the sheet</source>
            <translation>Imposta STARTEX/ENDEX dal foglio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="67" />
            <source>STARTEX at the first inject, ENDEX at the last, set with the import (one undo step)</source>
            <translation>STARTEX al primo inject, ENDEX all'ultimo, impostati con l'importazione (un solo passo di annullamento)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="75" />
            <source>Clock times without a day:</source>
            <translation>Ore senza giorno:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="75" />
            <source>&amp;Zone:</source>
            <translation>&amp;Fuso:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="76" />
            <source>&amp;Header row:</source>
            <translation>Riga di &amp;intestazione:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="77" />
            <source>N&amp;umbers:</source>
            <translation>N&amp;umeri:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_import_options.py" line="105" />
            <source>'{0}' is not a time zone name; still reading times as {1}</source>
            <translation>'{0}' non è il nome di un fuso orario; le ore sono ancora lette come {1}</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_interchange</name>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="23" />
            <source>Import MSEL</source>
            <translation>Importa MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="24" />
            <source>MSEL spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv *.json);;All files (*)</source>
            <translation>Fogli di calcolo MSEL (*.xlsx *.xlsm *.csv *.txt *.tsv *.json);;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="29" />
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="29" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="44" />
            <source>&amp;Import MSEL…</source>
            <translation>&amp;Importa MSEL…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="45" />
            <source>Add injects from a CSV or Excel MSEL; you map its columns first</source>
            <translation>Aggiunge inject da una MSEL CSV o Excel; prima se ne fanno corrispondere le colonne</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="47" />
            <source>Export MSEL as &amp;CSV…</source>
            <translation>Esporta MSEL come &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="48" />
            <source>Write the MSEL as a CSV file with HSEEP column names</source>
            <translation>Scrive la MSEL come file CSV con i nomi di colonna HSEEP</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="50" />
            <source>Export MSEL as &amp;XLSX…</source>
            <translation>Esporta MSEL come &amp;XLSX…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="51" />
            <source>Write the MSEL as an Excel workbook with HSEEP column names</source>
            <translation>Scrive la MSEL come cartella di lavoro Excel con i nomi di colonna HSEEP</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="79" />
            <source>{0} inject imported</source>
            <translation>{0} inject importato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="80" />
            <source>{0} injects imported</source>
            <translation>{0} inject importati</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="85" />
            <source>Export MSEL as CSV</source>
            <translation>Esporta MSEL come CSV</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="85" />
            <source>Export MSEL as XLSX</source>
            <translation>Esporta MSEL come XLSX</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="97" />
            <source>Cannot export the MSEL</source>
            <translation>Impossibile esportare la MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="99" />
            <source>{0} inject written to {1}</source>
            <translation>{0} inject scritto in {1}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_interchange.py" line="99" />
            <source>{0} injects written to {1}</source>
            <translation>{0} inject scritti in {1}</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_mapping_table</name>
        <message>
            <location filename="../../gui/conduct/msel_mapping_table.py" line="26" />
            <location filename="../../gui/conduct/msel_mapping_table.py" line="45" />
            <source>(keep as an additional field)</source>
            <translation>(conserva come campo aggiuntivo)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_mapping_table.py" line="27" />
            <source>(drop this column)</source>
            <translation>(scarta questa colonna)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_mapping_table.py" line="28" />
            <source>Neither imported nor kept with the injects</source>
            <translation>Né importata né conservata con gli inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_mapping_table.py" line="32" />
            <source>Guessed from the header; change it if it is wrong</source>
            <translation>Dedotto dall'intestazione; modificarlo se è sbagliato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_mapping_table.py" line="33" />
            <source>Not recognised: choose what this column holds, or keep it with each inject as an additional field, or drop it</source>
            <translation>Non riconosciuta: scegliere cosa contiene questa colonna, o conservarla con ogni inject come campo aggiuntivo, o scartarla</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_model</name>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="34" />
            <source>Scenario time</source>
            <translation>Ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="34" />
            <source>No.</source>
            <translation>N.</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="35" />
            <source>Delivery time</source>
            <translation>Ora di invio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="35" />
            <location filename="../../gui/conduct/msel_model.py" line="64" />
            <source>Delivered</source>
            <translation>Inviato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="36" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="36" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="37" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="37" />
            <source>Synopsis</source>
            <translation>Sintesi</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="37" />
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="38" />
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="38" />
            <source>Method</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="39" />
            <source>Phase/Move</source>
            <translation>Fase/Mossa</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="39" />
            <source>Expected action</source>
            <translation>Azione attesa</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="40" />
            <source>Objective</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="40" />
            <source>Controller</source>
            <translation>Controller</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="43" />
            <source>MSEL number of the inject</source>
            <translation>Numero MSEL dell'inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="44" />
            <source>When the event happens in the scenario (D+n hh:mm, on the exercise's clocks)</source>
            <translation>Quando l'evento avviene nello scenario (D+n hh:mm, secondo il fuso orario dell'esercitazione)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="45" />
            <source>When the controller delivers it, as planned (D+n hh:mm, on the exercise's clocks)</source>
            <translation>Quando il controller lo invia, come pianificato (D+n hh:mm, secondo il fuso orario dell'esercitazione)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="46" />
            <source>When it was actually delivered in play (scenario time)</source>
            <translation>Quando è stato effettivamente inviato nel gioco (ora dello scenario)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="47" />
            <source>Planned, due (overdue), held, delivered or skipped</source>
            <translation>Pianificato, dovuto (in ritardo), trattenuto, inviato o saltato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="48" />
            <source>Incident (creates an incident), message or contingency</source>
            <translation>Incidente (crea un incidente), messaggio o contingenza</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="49" />
            <source>Its subject, in a few words</source>
            <translation>Il suo oggetto, in poche parole</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="50" />
            <source>What the inject says</source>
            <translation>Che cosa dice l'inject</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="51" />
            <source>Simulated sender</source>
            <translation>Mittente simulato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="52" />
            <source>Players who receive it</source>
            <translation>Giocatori che lo ricevono</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="53" />
            <source>How it is delivered (email, phone, VTC…)</source>
            <translation>Come viene inviato (email, telefono, VTC…)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="54" />
            <source>Phase or move of the exercise</source>
            <translation>Fase o mossa dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="55" />
            <source>What the players are expected to do</source>
            <translation>Che cosa ci si attende che facciano i giocatori</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="56" />
            <source>Exercise objective or capability it tests</source>
            <translation>Obiettivo o capacità dell'esercitazione che verifica</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="57" />
            <source>Controller responsible for delivering it</source>
            <translation>Controller responsabile dell'invio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="61" />
            <source>Planned</source>
            <translation>Pianificato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="62" />
            <source>Overdue</source>
            <translation>In ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="63" />
            <source>Held</source>
            <translation>Trattenuto</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="65" />
            <source>Skipped</source>
            <translation>Saltato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="67" />
            <source>Delivered automatically when the clock reaches its delivery time</source>
            <translation>Inviato automaticamente quando l'orologio raggiunge la sua ora di invio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="68" />
            <source>Its delivery time passed while it was not on the clock's path (held, added late, or before the saved clock): fire it now or skip it</source>
            <translation>La sua ora di invio è passata mentre non era sul percorso dell'orologio (trattenuto, aggiunto tardi, o prima dell'orologio salvato): inviarlo ora o saltarlo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="70" />
            <source>Held by the controller: waits until released</source>
            <translation>Trattenuto dal controller: attende di essere rilasciato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="71" />
            <source>Delivered in play</source>
            <translation>Inviato nel gioco</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="72" />
            <source>Skipped: will not be delivered</source>
            <translation>Saltato: non verrà inviato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="74" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="75" />
            <source>Message</source>
            <translation>Messaggio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="76" />
            <source>Contingency</source>
            <translation>Contingenza</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="232" />
            <source>{0} (ad hoc)</source>
            <translation>{0} (estemporaneo)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="253" />
            <source>Not delivered yet</source>
            <translation>Non ancora inviato</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="257" />
            <source>{0} · on time</source>
            <translation>{0} · puntuale</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="258" />
            <source>late</source>
            <translation>in ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="258" />
            <source>early</source>
            <translation>in anticipo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="259" />
            <source>{0} · {1} {2} (fired by the controller)</source>
            <translation>{0} · {1} {2} (inviato dal controller)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="265" />
            <source> · created incident #{0}</source>
            <translation> · creato l'incidente #{0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="271" />
            <source>Ad-hoc inject, added during play</source>
            <translation>Inject estemporaneo, aggiunto durante il gioco</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="44" />
            <source>When the event happens in the scenario (D+n hh:mm, UTC)</source>
            <translation type="vanished">Quando l'evento avviene nello scenario (D+n hh:mm, UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_model.py" line="45" />
            <source>When the controller delivers it, as planned (D+n hh:mm, UTC)</source>
            <translation type="vanished">Quando il controller lo invia, come pianificato (D+n hh:mm, UTC)</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_preview_model</name>
        <message>
            <location filename="../../gui/conduct/msel_preview_model.py" line="82" />
            <source>Understood as {0}</source>
            <translation>Interpretato come {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_preview_model.py" line="84" />
            <location filename="../../gui/conduct/msel_preview_model.py" line="102" />
            <source>The inject {0}</source>
            <translation>L'inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_preview_model.py" line="109" />
            <source>Additional fields</source>
            <translation>Campi aggiuntivi</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_profile_actions</name>
        <message>
            <location filename="../../gui/conduct/msel_profile_actions.py" line="20" />
            <source>Save the mapping</source>
            <translation>Salva la corrispondenza</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_profile_actions.py" line="27" />
            <source>Cannot save the mapping</source>
            <translation>Impossibile salvare la corrispondenza</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_profile_actions.py" line="35" />
            <source>Load a mapping</source>
            <translation>Carica una corrispondenza</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_profile_actions.py" line="41" />
            <source>Cannot load the mapping</source>
            <translation>Impossibile caricare la corrispondenza</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_reader</name>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="69" />
            <source>Reading {0}…</source>
            <translation>Lettura di {0}…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="69" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="71" />
            <source>Import MSEL</source>
            <translation>Importa MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="80" />
            <source>Reading {0}… {1} rows</source>
            <translation>Lettura di {0}… {1} righe</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="198" />
            <source>Cancel reading</source>
            <translation>Annulla la lettura</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="200" />
            <source>Stop reading the sheet; the dialog keeps what it showed before</source>
            <translation>Interrompe la lettura del foglio; la finestra mantiene ciò che mostrava prima</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="211" />
            <source>Reading sheet '{0}'…</source>
            <translation>Lettura del foglio '{0}'…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="211" />
            <source>Reading the file…</source>
            <translation>Lettura del file…</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="220" />
            <source>Reading sheet '{0}'… {1} rows</source>
            <translation>Lettura del foglio '{0}'… {1} righe</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_reader.py" line="221" />
            <source>Reading the file… {0} rows</source>
            <translation>Lettura del file… {0} righe</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_sheet_choice</name>
        <message>
            <location filename="../../gui/conduct/msel_sheet_choice.py" line="45" />
            <source>Import sheets:</source>
            <translation>Fogli da importare:</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_sheet_choice.py" line="58" />
            <source>Import this sheet; several sheets are imported together, each sheet's name becoming the phase of its injects that name none</source>
            <translation>Importa questo foglio; più fogli sono importati insieme e il nome di ciascun foglio diventa la fase dei suoi inject che non ne indicano una</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_sheet_choice.py" line="164" />
            <source>Cannot read the sheet</source>
            <translation>Impossibile leggere il foglio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_sheet_choice.py" line="189" />
            <source>sheet '{0}' is still being read</source>
            <translation>il foglio '{0}' è ancora in lettura</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_sheet_choice.py" line="208" />
            <source>sheet '{1}': {0} problem; show the sheet to see it</source>
            <translation>foglio '{1}': {0} problema; mostrare il foglio per vederlo</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_sheet_choice.py" line="209" />
            <source>sheet '{1}': {0} problems; show the sheet to see them</source>
            <translation>foglio '{1}': {0} problemi; mostrare il foglio per vederli</translation>
        </message>
    </context>
    <context>
        <name>gui.conduct.msel_value_maps</name>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="52" />
            <source>Column</source>
            <translation>Colonna</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="52" />
            <source>Value in the sheet</source>
            <translation>Valore nel foglio</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="52" />
            <source>Rows</source>
            <translation>Righe</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="53" />
            <source>Imported as</source>
            <translation>Importato come</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="57" />
            <source>Values of the columns with a fixed vocabulary</source>
            <translation>Valori delle colonne con un vocabolario fisso</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="58" />
            <source>No mapped column has a fixed vocabulary (inject type, incident type, severity, method).</source>
            <translation>Nessuna delle colonne associate ha un vocabolario fisso (tipo di inject, tipo di incidente, gravità, modalità).</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="92" />
            <source>(as written)</source>
            <translation>(come scritto)</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="108" />
            <source>Pactline's guess: {0}</source>
            <translation>Ipotesi di Pactline: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/conduct/msel_value_maps.py" line="109" />
            <source>No guess: choose what this value means in Pactline</source>
            <translation>Nessuna ipotesi: scegliere che cosa significa questo valore in Pactline</translation>
        </message>
    </context>
    <context>
        <name>gui.core.appearance</name>
        <message>
            <location filename="../../gui/core/appearance.py" line="48" />
            <source>&amp;Appearance</source>
            <translation>Aspe&amp;tto</translation>
        </message>
        <message>
            <location filename="../../gui/core/appearance.py" line="52" />
            <source>&amp;Light</source>
            <translation>&amp;Chiaro</translation>
        </message>
        <message>
            <location filename="../../gui/core/appearance.py" line="52" />
            <source>Pactline's own light colours, whatever the desktop uses</source>
            <translation>I colori chiari propri di Pactline, qualunque cosa usi il desktop</translation>
        </message>
        <message>
            <location filename="../../gui/core/appearance.py" line="53" />
            <source>Follow &amp;Desktop</source>
            <translation>Segui il &amp;desktop</translation>
        </message>
        <message>
            <location filename="../../gui/core/appearance.py" line="53" />
            <source>The desktop's colours, light or dark</source>
            <translation>I colori del desktop, chiari o scuri</translation>
        </message>
    </context>
    <context>
        <name>gui.core.delivery</name>
        <message>
            <location filename="../../gui/core/delivery.py" line="184" />
            <source>jumped to inject {number}</source>
            <translation>portato all'inject {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="191" />
            <source>jumped to the reaction deadline of incident #{id}</source>
            <translation>portato alla scadenza di reazione dell'incidente #{id}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="192" />
            <source>jumped to the consultation deadline of incident #{id}</source>
            <translation>portato alla scadenza di consultazione dell'incidente #{id}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="276" />
            <source>Fire inject {0} now</source>
            <translation>Invia ora l'inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="283" />
            <source>Hold inject {0}</source>
            <translation>Trattieni l'inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="291" />
            <source>Release inject {0}</source>
            <translation>Rilascia l'inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="296" />
            <source>Release and fire inject {0}</source>
            <translation>Rilascia e invia l'inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="316" />
            <source>Skip inject {0}</source>
            <translation>Salta l'inject {0}</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="329" />
            <source>Shift phase '{0}' by {1:+g} h</source>
            <translation>Sposta la fase '{0}' di {1:+g} h</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="330" />
            <source>Shift the whole MSEL by {0:+g} h</source>
            <translation>Sposta tutta la MSEL di {0:+g} h</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="337" />
            <source>Add ad-hoc inject</source>
            <translation>Aggiungi inject estemporaneo</translation>
        </message>
        <message>
            <location filename="../../gui/core/delivery.py" line="343" />
            <source>Add and deliver ad-hoc inject {0}</source>
            <translation>Aggiungi e invia l'inject estemporaneo {0}</translation>
        </message>
    </context>
    <context>
        <name>gui.core.dialogs</name>
        <message>
            <location filename="../../gui/core/dialogs.py" line="49" />
            <source>Open Read-Only shows the exercise without changing it. Open a Copy writes a copy of it where you choose and opens that for editing.</source>
            <translation>Apri in sola lettura mostra l'esercitazione senza modificarla. Apri una copia ne scrive una copia dove si sceglie e apre quella per la modifica.</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="51" />
            <source>Open &amp;Read-Only</source>
            <translation>Apri in sola &amp;lettura</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="52" />
            <source>Open a &amp;Copy…</source>
            <translation>Apri una &amp;copia…</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="71" />
            <source>Look in:</source>
            <translation>Cerca in:</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="72" />
            <source>Files of type:</source>
            <translation>File di tipo:</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="112" />
            <source>Open exercise</source>
            <translation>Apri esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="113" />
            <source>Pactline exercises (*{suffix});;All files (*)</source>
            <translation>Esercitazioni Pactline (*{suffix});;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="119" />
            <source>Custom clock speed</source>
            <translation>Velocità personalizzata dell'orologio</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="120" />
            <source>Scenario seconds per wall-clock second (1 = real time, at most {0:g}):</source>
            <translation>Secondi di scenario per secondo reale (1 = tempo reale, al massimo {0:g}):</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="127" />
            <source>Pactline exercises (*{suffix})</source>
            <translation>Esercitazioni Pactline (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../gui/core/dialogs.py" line="136" />
            <source>Discard the value typed, or cancel to correct it.</source>
            <translation>Scartare il valore digitato, o annullare per correggerlo.</translation>
        </message>
    </context>
    <context>
        <name>gui.core.document</name>
        <message>
            <location filename="../../gui/core/document.py" line="158" />
            <source>Pause the clock before entering what-if mode: injects delivered during a what-if would never reach the record</source>
            <translation>Mettere in pausa l'orologio prima di entrare nella modalità ipotesi: gli inject consegnati durante un'ipotesi non raggiungerebbero mai il registro</translation>
        </message>
        <message>
            <location filename="../../gui/core/document.py" line="245" />
            <source>started</source>
            <comment>clock action</comment>
            <translation>avviato</translation>
        </message>
        <message>
            <location filename="../../gui/core/document.py" line="250" />
            <source>paused</source>
            <comment>clock action</comment>
            <translation>messo in pausa</translation>
        </message>
        <message>
            <location filename="../../gui/core/document.py" line="256" />
            <source>speed set to x{speed}</source>
            <translation>regolato alla velocità x{speed}</translation>
        </message>
        <message>
            <location filename="../../gui/core/document.py" line="264" />
            <source>set</source>
            <comment>clock action</comment>
            <translation>impostato</translation>
        </message>
        <message>
            <location filename="../../gui/core/document.py" line="290" />
            <source>The clock cannot run or move in what-if mode: leave it first (Edit › What-If)</source>
            <translation>L'orologio non può avanzare né essere spostato in modalità ipotesi: uscirne prima (Modifica › Ipotesi)</translation>
        </message>
        <message>
            <location filename="../../gui/core/document.py" line="306" />
            <source>paused (exercise closed)</source>
            <translation>messo in pausa (esercitazione chiusa)</translation>
        </message>
    </context>
    <context>
        <name>gui.core.error_report</name>
        <message>
            <location filename="../../gui/core/error_report.py" line="35" />
            <source>The exercise file could not be read or written ({0}).</source>
            <translation>Non è stato possibile leggere o scrivere il file dell'esercitazione ({0}).</translation>
        </message>
        <message>
            <location filename="../../gui/core/error_report.py" line="37" />
            <source>The action stopped because of an unexpected error ({0}: {1}).</source>
            <translation>L'azione si è interrotta per un errore imprevisto ({0}: {1}).</translation>
        </message>
        <message>
            <location filename="../../gui/core/error_report.py" line="39" />
            <source>Every change stored before it is safe.</source>
            <translation>Ogni modifica salvata prima è al sicuro.</translation>
        </message>
        <message>
            <location filename="../../gui/core/error_report.py" line="41" />
            <source>The details were written to {0}.</source>
            <translation>I dettagli sono stati scritti in {0}.</translation>
        </message>
        <message>
            <location filename="../../gui/core/error_report.py" line="83" />
            <source>Pactline</source>
            <translation>Pactline</translation>
        </message>
    </context>
    <context>
        <name>gui.core.what_if</name>
        <message>
            <location filename="../../gui/core/what_if.py" line="65" />
            <source>Apply what-if ({0} changes)</source>
            <translation>Applica ipotesi ({0} modifiche)</translation>
        </message>
        <message>
            <location filename="../../gui/core/what_if.py" line="66" />
            <source>Apply what-if (1 change)</source>
            <translation>Applica ipotesi (1 modifica)</translation>
        </message>
        <message>
            <location filename="../../gui/core/what_if.py" line="71" />
            <source>What-if applied</source>
            <translation>Ipotesi applicata</translation>
        </message>
        <message>
            <location filename="../../gui/core/what_if.py" line="75" />
            <source>Undo: what-if applied</source>
            <translation>Annulla: ipotesi applicata</translation>
        </message>
    </context>
    <context>
        <name>gui.core.zoned_edit</name>
        <message>
            <location filename="../../gui/core/zoned_edit.py" line="57" />
            <source>{0} does not exist in {1}: the clocks skip it that night</source>
            <translation>{0} non esiste in {1}: quella notte gli orologi la saltano (passaggio all'ora legale)</translation>
        </message>
        <message>
            <location filename="../../gui/core/zoned_edit.py" line="71" />
            <source>= {0} UTC ({1}): the first of the two {2} in {3}, the clocks go back that night</source>
            <translation>= {0} UTC ({1}): la prima delle due {2} in {3}, quella notte si torna all'ora solare</translation>
        </message>
        <message>
            <location filename="../../gui/core/zoned_edit.py" line="72" />
            <source>= {0} UTC ({1}): the second of the two {2} in {3}, the clocks go back that night</source>
            <translation>= {0} UTC ({1}): la seconda delle due {2} in {3}, quella notte si torna all'ora solare</translation>
        </message>
        <message>
            <location filename="../../gui/core/zoned_edit.py" line="74" />
            <source>= {0} UTC ({1} in {2})</source>
            <translation>= {0} UTC ({1} in {2})</translation>
        </message>
    </context>
    <context>
        <name>gui.evaluation.dialogs</name>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="138" />
            <source>&amp;Code:</source>
            <translation>&amp;Codice:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="138" />
            <source>e.g. O1</source>
            <translation>ad es. O1</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="139" />
            <location filename="../../gui/evaluation/dialogs.py" line="147" />
            <source>&amp;Objective:</source>
            <translation>&amp;Obiettivo:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="139" />
            <source>What the exercise tests</source>
            <translation>Che cosa verifica l'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="140" />
            <location filename="../../gui/evaluation/dialogs.py" line="150" />
            <source>C&amp;apability:</source>
            <translation>C&amp;apacità:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="140" />
            <source>e.g. Operational coordination</source>
            <translation>ad es. Coordinamento operativo</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="142" />
            <source>Critical &amp;tasks:</source>
            <translation>&amp;Compiti critici:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="142" />
            <source>One task per line</source>
            <translation>Un compito per riga</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="146" />
            <source>(none)</source>
            <translation>(nessuno)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="148" />
            <source>&amp;Issue:</source>
            <translation>&amp;Questione:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="148" />
            <source>Issue or area for improvement</source>
            <translation>Questione o area di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="149" />
            <source>Corrective &amp;action:</source>
            <translation>&amp;Azione correttiva:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="151" />
            <source>&amp;Responsible organisation:</source>
            <translation>&amp;Organizzazione responsabile:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="152" />
            <source>&amp;Point of contact:</source>
            <translation>&amp;Punto di contatto:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="153" />
            <source>&amp;Start date:</source>
            <translation>Data di &amp;inizio:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="154" />
            <source>Co&amp;mpletion date:</source>
            <translation>Data di co&amp;mpletamento:</translation>
        </message>
    </context>
    <context>
        <name>gui.evaluation.model</name>
        <message>
            <location filename="../../gui/evaluation/model.py" line="22" />
            <source>Strength</source>
            <translation>Punto di forza</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="23" />
            <source>Area for improvement</source>
            <translation>Area di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="24" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="113" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="113" />
            <source>Objective code</source>
            <translation>Codice dell'obiettivo</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="114" />
            <location filename="../../gui/evaluation/model.py" line="203" />
            <source>Objective</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="114" />
            <source>What the exercise tests</source>
            <translation>Che cosa verifica l'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="115" />
            <location filename="../../gui/evaluation/model.py" line="206" />
            <source>Capability</source>
            <translation>Capacità</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="115" />
            <source>Capability the objective exercises</source>
            <translation>Capacità che l'obiettivo esercita</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="116" />
            <source>Rating</source>
            <translation>Valutazione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="117" />
            <source>P performed without challenges, S with some challenges, M with major challenges, U unable to be performed</source>
            <translation>P eseguito senza difficoltà, S con alcune difficoltà, M con difficoltà rilevanti, U non eseguibile</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="133" />
            <source>Critical tasks:</source>
            <translation>Compiti critici:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="158" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="158" />
            <source>Strength, area for improvement or note</source>
            <translation>Punto di forza, area di miglioramento o nota</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="159" />
            <source>Observation</source>
            <translation>Osservazione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="159" />
            <source>What the evaluator saw</source>
            <translation>Che cosa ha visto il valutatore</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="160" />
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="160" />
            <source>The log entry the observation refers to</source>
            <translation>La voce di registro a cui l'osservazione si riferisce</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="161" />
            <source>Author</source>
            <translation>Autore</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="161" />
            <source>Evaluator</source>
            <translation>Valutatore</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="162" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="162" />
            <source>Scenario time of the observation</source>
            <translation>Ora dello scenario dell'osservazione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="191" />
            <source>Log entry #{0}: {1}</source>
            <translation>Voce di registro #{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="203" />
            <source>Objective the issue belongs to</source>
            <translation>Obiettivo a cui appartiene la questione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="204" />
            <source>Issue or area for improvement</source>
            <translation>Questione o area di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="204" />
            <source>Issue</source>
            <translation>Questione</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="205" />
            <source>Corrective action</source>
            <translation>Azione correttiva</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="205" />
            <source>What will be done about it</source>
            <translation>Che cosa si farà al riguardo</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="206" />
            <source>Capability element</source>
            <translation>Elemento di capacità</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="207" />
            <source>Responsible</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="207" />
            <source>Responsible organisation</source>
            <translation>Organizzazione responsabile</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="208" />
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="208" />
            <source>Point of contact</source>
            <translation>Punto di contatto</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="209" />
            <source>Start</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="209" />
            <source>Start date</source>
            <translation>Data di inizio</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="210" />
            <source>Completion</source>
            <translation>Completamento</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/model.py" line="210" />
            <source>Completion date</source>
            <translation>Data di completamento</translation>
        </message>
    </context>
    <context>
        <name>gui.incidents.attendance_dialog</name>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="23" />
            <source>Consultation attendance — {0}</source>
            <translation>Partecipazione alla consultazione — {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="26" />
            <source>&amp;Attended, joined at:</source>
            <translation>&amp;Presente, entrato alle:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="27" />
            <source>A&amp;bsent (did not attend)</source>
            <translation>A&amp;ssente (non ha partecipato)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="30" />
            <source>optional — e.g. the reason given for an absence</source>
            <translation>facoltativa — ad es. il motivo addotto per un'assenza</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="32" />
            <source>&amp;Delete record</source>
            <translation>&amp;Elimina registrazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="38" />
            <source>N&amp;ote:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="40" />
            <source>{0} {1} · consultation on incident {2}</source>
            <translation>{0} {1} · consultazione sull'incidente {2}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="45" />
            <source>{0} ({1} h tier)</source>
            <translation>{0} (fascia {1} h)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="84" />
            <source>Record {0} consultation attendance, incident #{1}</source>
            <translation>Registra la partecipazione di {0} alla consultazione, incidente #{1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="92" />
            <source>Edit {0} consultation attendance, incident #{1}</source>
            <translation>Modifica la partecipazione di {0} alla consultazione, incidente #{1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/attendance_dialog.py" line="99" />
            <source>Delete {0} consultation attendance, incident #{1}</source>
            <translation>Elimina la partecipazione di {0} alla consultazione, incidente #{1}</translation>
        </message>
    </context>
    <context>
        <name>gui.incidents.commitment_dialog</name>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="66" />
            <source>Commitment — {0} {1}</source>
            <translation>Impegno — {0} {1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="72" />
            <source>Recorded commitments</source>
            <translation>Impegni registrati</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="76" />
            <source>&amp;Add another</source>
            <translation>&amp;Aggiungi un altro</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="78" />
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="84" />
            <source>  · deploys forces</source>
            <translation>  · dispiega forze</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="85" />
            <source>  · offered</source>
            <translation>  · offerto</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="105" />
            <source>&amp;Measure:</source>
            <translation>&amp;Misura:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="106" />
            <source>A&amp;nnounced:</source>
            <translation>A&amp;nnunciato:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="107" />
            <source>&amp;Effective:</source>
            <translation>&amp;Efficace:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="108" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tato:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="109" />
            <source>N&amp;ote:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="111" />
            <source>&amp;Branch:</source>
            <translation>&amp;Ramo:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="113" />
            <source>{0} {1} · {2} response to incident {3}</source>
            <translation>{0} {1} · risposta {2} all'incidente {3}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="115" />
            <source>Already recorded:</source>
            <translation>Già registrati:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="148" />
            <source>no effective time</source>
            <translation>nessuna ora di efficacia</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="149" />
            <source>{0} · {1} · {2} → {3}</source>
            <translation>{0} · {1} · {2} → {3}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="152" />
            <source> · parliamentary gate broken</source>
            <translation> · vincolo parlamentare violato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="191" />
            <source>New commitment</source>
            <translation>Nuovo impegno</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="191" />
            <source>Edit the selected commitment</source>
            <translation>Modifica l'impegno selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="200" />
            <source>&amp;Record</source>
            <translation>&amp;Registra</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="200" />
            <source>&amp;Save changes</source>
            <translation>&amp;Salva modifiche</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="215" />
            <source>assumed lead time {0} h</source>
            <translation>tempo di approvazione ipotizzato {0} h</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="215" />
            <source>lead time {0} h</source>
            <translation>tempo di approvazione {0} h</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="222" />
            <source>Parliamentary gate: effective not before the announcement + {0} h ({1})</source>
            <translation>Vincolo parlamentare: efficace non prima dell'annuncio + {0} h ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="226" />
            <source>Parliamentary gate: effective not before {0} ({1})</source>
            <translation>Vincolo parlamentare: efficace non prima di {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="229" />
            <source>The effective time entered is earlier: the gate would be broken.</source>
            <translation>L'ora di efficacia inserita è anteriore: il vincolo sarebbe violato.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="254" />
            <source>Record {0} commitment on incident #{1}</source>
            <translation>Registra l'impegno di {0} sull'incidente #{1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="262" />
            <source>Edit {0} commitment on incident #{1}</source>
            <translation>Modifica l'impegno di {0} sull'incidente #{1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_dialog.py" line="276" />
            <source>Delete {0} {1} commitment on incident #{2}</source>
            <translation>Elimina l'impegno {1} di {0} sull'incidente #{2}</translation>
        </message>
    </context>
    <context>
        <name>gui.incidents.commitment_matrix</name>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="88" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="89" />
            <source>The incident whose commitments the matrix shows</source>
            <translation>L'incidente di cui la matrice mostra gli impegni</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="93" />
            <source>Choose an incident…</source>
            <translation>Scegli un incidente…</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="116" />
            <source>Commitments matrix</source>
            <translation>Matrice degli impegni</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="142" />
            <source>&amp;Incident:</source>
            <translation>&amp;Incidente:</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="155" />
            <source>Record &amp;Commitment…</source>
            <translation>Registra impe&amp;gno…</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="156" />
            <source>Record or edit a commitment of the current signatory, in the current category, for the selected incident</source>
            <translation>Registra o modifica un impegno del firmatario corrente, nella categoria corrente, per l'incidente selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="160" />
            <source>Record Consultation &amp;Attendance…</source>
            <translation>Registra partecipazione alla &amp;consultazione…</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="161" />
            <source>Record when the current signatory joined the selected incident's consultation, or its absence</source>
            <translation>Registra quando il firmatario corrente è entrato nella consultazione dell'incidente selezionato, o la sua assenza</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="246" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="249" />
            <source>No incident selected</source>
            <translation>Nessun incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="249" />
            <source>Choose one here, on the timeline or in the countdowns.</source>
            <translation>Sceglierne uno qui, sulla linea temporale o nei conti alla rovescia.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="252" />
            <source>#{0} {1} S{2} — {3}, consult within {4} h</source>
            <translation>#{0} {1} S{2} — {3}, consultazione entro {4} h</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="256" />
            <source>Expected: {0}</source>
            <translation>Previste: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="256" />
            <source>nothing</source>
            <translation>nulla</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="259" />
            <source>  —  nobody has committed yet: {0}</source>
            <translation>  —  nessuno si è ancora impegnato: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="261" />
            <source>  —  the incident has not happened yet</source>
            <translation>  —  l'incidente non è ancora avvenuto</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="263" />
            <source>Consultation</source>
            <translation>Consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="263" />
            <source>Reaction</source>
            <translation>Reazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="265" />
            <source>{0} by {1}: {2} met, {3} pending, {4} missed</source>
            <translation>{0} entro {1}: {2} rispettate, {3} in corso, {4} mancate</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="369" />
            <source>Delete {0} consultation attendance, incident #{1}</source>
            <translation>Elimina la partecipazione di {0} alla consultazione, incidente #{1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="380" />
            <source>Delete commitments</source>
            <translation>Elimina impegni</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="381" />
            <source>Delete all {0} {1} commitments of {2} for incident #{3}?</source>
            <translation>Eliminare tutti i {0} impegni {1} di {2} per l'incidente #{3}?</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="384" />
            <source>Delete {1} {2} commitment on incident #{3}</source>
            <translation>Elimina l'impegno {2} di {1} sull'incidente #{3}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="385" />
            <source>Delete {0} {1} {2} commitments on incident #{3}</source>
            <translation>Elimina {0} impegni {2} di {1} sull'incidente #{3}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="413" />
            <source>Commitments</source>
            <translation>Impegni</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix.py" line="424" />
            <source>#{0} {1} S{2}</source>
            <translation>#{0} {1} S{2}</translation>
        </message>
    </context>
    <context>
        <name>gui.incidents.commitment_matrix_model</name>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="33" />
            <source>Political</source>
            <translation>Politico</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="34" />
            <source>Economic</source>
            <translation>Economico</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="35" />
            <source>Military</source>
            <translation>Militare</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="36" />
            <source>Cyber</source>
            <translation>Cyber</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="37" />
            <source>Humanitarian</source>
            <translation>Umanitario</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="38" />
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="101" />
            <source>Consultation</source>
            <translation>Consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="39" />
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="101" />
            <source>Reaction</source>
            <translation>Reazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="41" />
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="440" />
            <source>pledged</source>
            <translation>promesso</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="42" />
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="441" />
            <source>announced</source>
            <translation>annunciato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="43" />
            <source>deliv.</source>
            <translation>cons.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="44" />
            <source>withdr.</source>
            <translation>ritirato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="85" />
            <source>met, {0} early</source>
            <translation>rispettata, {0} in anticipo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="85" />
            <source>met, on time</source>
            <translation>rispettata, puntuale</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="87" />
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="89" />
            <source>absent</source>
            <translation>assente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="87" />
            <source>{0} left</source>
            <translation>{0} rimanenti</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="89" />
            <source>missed +{0}</source>
            <translation>mancata +{0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="91" />
            <source>not due</source>
            <translation>non dovuta</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="91" />
            <source>not obliged</source>
            <translation>non obbligato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="103" />
            <source>{0} deadline {1}: met at {2}, {3} before the deadline</source>
            <translation>{0} — scadenza {1}: rispettata alle {2}, {3} prima della scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="106" />
            <source>{0} deadline {1}: pending, {2} left</source>
            <translation>{0} — scadenza {1}: in corso, {2} rimanenti</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="108" />
            <source>{0} deadline {1}: met late, at {2} ({3} after the deadline)</source>
            <translation>{0} — scadenza {1}: rispettata in ritardo, alle {2} ({3} dopo la scadenza)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="111" />
            <source>{0} deadline {1}: missed, {2} overdue</source>
            <translation>{0} — scadenza {1}: mancata, {2} di ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="113" />
            <source>{0} deadline {1}: the incident has not happened yet</source>
            <translation>{0} — scadenza {1}: l'incidente non è ancora avvenuto</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="115" />
            <source>Not obliged: the agreement was signed after the incident</source>
            <translation>Non obbligato: l'accordo è stato firmato dopo l'incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="116" />
            <source>Absence from the consultation recorded</source>
            <translation>Assenza dalla consultazione registrata</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="130" />
            <source>In {0}: {1}</source>
            <translation>A {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="131" />
            <source>(night)</source>
            <translation>(notte)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="255" />
            <source>{0} — {1}, announced {2}</source>
            <translation>{0} — {1}, annunciato {2}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="258" />
            <source>, effective {0}</source>
            <translation>, efficace {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="260" />
            <source>, withdrawn {0}</source>
            <translation>, ritirato {0}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="262" />
            <source> (not yet announced at the current scenario time)</source>
            <translation> (non ancora annunciato all'ora corrente dello scenario)</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="265" />
            <source>{0} h, assumed</source>
            <translation>{0} h, ipotizzato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="266" />
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="268" />
            <source>{0} Parliamentary gate broken: effective before {1} (approval lead {2})</source>
            <translation>{0} Vincolo parlamentare violato: efficace prima di {1} (tempo di approvazione {2})</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="270" />
            <source>Parliamentary gate: not effective before {0} (approval lead {1})</source>
            <translation>Vincolo parlamentare: non efficace prima di {0} (tempo di approvazione {1})</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="286" />
            <source>Expected for this incident; no commitment yet</source>
            <translation>Prevista per questo incidente; ancora nessun impegno</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="287" />
            <source>Not expected for this incident's type and severity</source>
            <translation>Non prevista per il tipo e la gravità di questo incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="327" />
            <source>Attendance at the incident's consultation, judged against its deadline</source>
            <translation>Partecipazione alla consultazione dell'incidente, giudicata rispetto alla sua scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="329" />
            <source>The signatory's first announced commitment, judged against the reaction deadline</source>
            <translation>Il primo impegno annunciato dal firmatario, giudicato rispetto alla scadenza di reazione</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="330" />
            <source>{0} response: not expected for this incident</source>
            <translation>Ambito {0}: risposta non prevista per questo incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="331" />
            <source>{0} response: expected for this incident</source>
            <translation>Ambito {0}: risposta prevista per questo incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="342" />
            <source>{0}: no prior parliamentary approval needed</source>
            <translation>{0}: non serve la previa approvazione parlamentare</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="343" />
            <source>{0}: parliament must approve a deployment (lead time {1} h{2})</source>
            <translation>{0}: il parlamento deve approvare un dispiegamento (tempo di approvazione {1} h{2})</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="345" />
            <source>, assumed</source>
            <translation>, ipotizzato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="442" />
            <source>delivered</source>
            <translation>consegnato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="443" />
            <source>withdrawn</source>
            <translation>ritirato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="444" />
            <source>gate broken</source>
            <translation>vincolo violato</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="445" />
            <source>expected, none yet</source>
            <translation>prevista, ancora nessuna</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="446" />
            <source>italic: announced later</source>
            <translation>corsivo: annunciato dopo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="447" />
            <source>met</source>
            <translation>rispettata</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="447" />
            <source>missed</source>
            <translation>mancata</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="447" />
            <source>pending</source>
            <translation>in corso</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/commitment_matrix_model.py" line="448" />
            <source>not due / not obliged</source>
            <translation>non dovuta / non obbligato</translation>
        </message>
    </context>
    <context>
        <name>gui.incidents.countdown_panel</name>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="34" />
            <source>Time left</source>
            <translation>Tempo rimanente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="34" />
            <source>Deadline</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="35" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="35" />
            <source>Owed by</source>
            <translation>Dovuta da</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="37" />
            <source>Scenario time left until the deadline (h:mm:ss); for a missed one, how late it is</source>
            <translation>Tempo di scenario rimanente fino alla scadenza (h:mm:ss); per una scadenza mancata, il ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="38" />
            <source>Reaction or consultation deadline, and the incident's number on the timeline</source>
            <translation>Scadenza di reazione o di consultazione, e il numero dell'incidente sulla linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="39" />
            <source>Type of the incident</source>
            <translation>Tipo dell'incidente</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="40" />
            <source>Signatories that still owe it, of those the treaty obliges; a missed row names the one that missed</source>
            <translation>Firmatari che la devono ancora, tra quelli che il trattato obbliga; una riga mancata indica chi l'ha mancata</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="47" />
            <source>React</source>
            <translation>Reaz.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="47" />
            <source>Consult</source>
            <translation>Cons.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="48" />
            <source>react</source>
            <translation>reaz.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="48" />
            <source>consult</source>
            <translation>cons.</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/countdown_panel.py" line="58" />
            <source>MISSED +{0}</source>
            <translation>MANCATA +{0}</translation>
        </message>
    </context>
    <context>
        <name>gui.incidents.record_dialog</name>
        <message>
            <location filename="../../gui/incidents/record_dialog.py" line="37" />
            <source>optional — e.g. D+1 18:00</source>
            <translation>facoltativo — ad es. D+1 18:00</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/record_dialog.py" line="37" />
            <source>e.g. D+1 14:00 or T+26h</source>
            <translation>ad es. D+1 14:00 o T+26h</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/record_dialog.py" line="38" />
            <source>D+1 14:00, T+26h, H+2:30, Tue 14:00 or ISO 8601 with a zone</source>
            <translation>D+1 14:00, T+26h, H+2:30, mar 14:00 o ISO 8601 con un fuso</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/record_dialog.py" line="55" />
            <source>is required</source>
            <translation>è obbligatorio</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/record_dialog.py" line="118" />
            <source>#{0} {1} S{2} — {3}</source>
            <translation>#{0} {1} S{2} — {3}</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/record_dialog.py" line="156" />
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <location filename="../../gui/incidents/record_dialog.py" line="159" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>gui.preferences.commands</name>
        <message>
            <location filename="../../gui/preferences/commands.py" line="47" />
            <location filename="../../gui/preferences/commands.py" line="238" />
            <source>Export deadlines</source>
            <translation>Esporta scadenze</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="47" />
            <source>Deadlines of:</source>
            <translation>Scadenze di:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="86" />
            <source>&amp;Preferences…</source>
            <translation>Pr&amp;eferenze…</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="87" />
            <source>Language, time zones, capital times, backups and appearance</source>
            <translation>Lingua, fusi orari, ore delle capitali, backup e aspetto</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="89" />
            <source>Restore &amp;Backup…</source>
            <translation>Ripristina bac&amp;kup…</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="90" />
            <source>List this exercise's backups; look at one, or restore it</source>
            <translation>Elenca i backup di questa esercitazione, per esaminarne uno o ripristinarlo</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="92" />
            <source>Export &amp;Deadlines (iCalendar)…</source>
            <translation>Esporta scadenze per l'a&amp;genda (iCalendar)…</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="93" />
            <source>Write the deadlines, all or one signatory's, for Outlook or Thunderbird</source>
            <translation>Scrive le scadenze, tutte o quelle di un firmatario, per Outlook o Thunderbird</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="135" />
            <source>No backup could be made: {0}</source>
            <translation>Non è stato possibile fare un backup: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="156" />
            <source>Preferences stored; times are shown in {0}</source>
            <translation>Preferenze salvate; le ore sono mostrate nel fuso {0}</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="189" />
            <source>Cannot open the backup</source>
            <translation>Impossibile aprire il backup</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="195" />
            <source>Looking at a backup of {0}, read-only: restore it from File › Restore Backup, or reopen the exercise from File › Open Recent</source>
            <translation>Si sta esaminando un backup di {0}, in sola lettura: ripristinarlo da File › Ripristina backup, o riaprire l'esercitazione da File › Apri recenti</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="199" />
            <source>Restore backup as a new exercise</source>
            <translation>Ripristina il backup come nuova esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="206" />
            <location filename="../../gui/preferences/commands.py" line="220" />
            <source>Cannot restore the backup</source>
            <translation>Impossibile ripristinare il backup</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="211" />
            <source>Restore backup</source>
            <translation>Ripristina backup</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="212" />
            <source>Replace everything in {0} with the backup? What the exercise holds now is backed up first, so this too can be undone from File › Restore Backup.</source>
            <translation>Sostituire tutto il contenuto di {0} con il backup? Del contenuto attuale dell'esercitazione viene prima fatto un backup, quindi anche questa operazione si può annullare da File › Ripristina backup.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="222" />
            <source>{0} restored from the backup</source>
            <translation>{0} ripristinato dal backup</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="231" />
            <source>Every signatory</source>
            <translation>Tutti i firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="239" />
            <source>iCalendar files (*.ics)</source>
            <translation>File iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="245" />
            <source>Cannot export the deadlines</source>
            <translation>Impossibile esportare le scadenze</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/commands.py" line="247" />
            <source>{0} deadlines written to {1}</source>
            <translation>{0} scadenze scritte in {1}</translation>
        </message>
    </context>
    <context>
        <name>gui.preferences.dialog</name>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="19" />
            <source>System default</source>
            <translation>Predefinita del sistema</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="65" />
            <source>Preferences</source>
            <translation>Preferenze</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="69" />
            <source>Language and appearance</source>
            <translation>Lingua e aspetto</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="76" />
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="77" />
            <source>A new language takes effect when Pactline is next started.</source>
            <translation>Una nuova lingua ha effetto al prossimo avvio di Pactline.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="82" />
            <source>Light (Pactline's colours)</source>
            <translation>Chiaro (i colori di Pactline)</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="83" />
            <source>Follow the desktop (light or dark)</source>
            <translation>Segui il desktop (chiaro o scuro)</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="85" />
            <source>&amp;Appearance:</source>
            <translation>&amp;Aspetto:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="88" />
            <source>Times</source>
            <translation>Orari</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="90" />
            <source>System ({0})</source>
            <translation>Sistema ({0})</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="93" />
            <source>&amp;Your time zone:</source>
            <translation>Il &amp;proprio fuso orario:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="94" />
            <source>Same as yours</source>
            <translation>Uguale al proprio</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="99" />
            <source>Open an exercise to give it a time zone of its own</source>
            <translation>Aprire un'esercitazione per assegnarle un fuso orario proprio</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="100" />
            <source>This &amp;exercise's time zone:</source>
            <translation>Fuso orario di questa &amp;esercitazione:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="101" />
            <source>Show each signatory's &amp;capital time beside its deadlines</source>
            <translation>Mostra l'&amp;ora della capitale di ogni firmatario accanto alle sue scadenze</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="105" />
            <source>Times (D+1 14:00) are shown and typed in the exercise's zone; they are stored in UTC.</source>
            <translation>Le ore (D+1 14:00) sono mostrate e digitate nel fuso dell'esercitazione; sono salvate in UTC.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="108" />
            <source>Backups</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="110" />
            <source>&amp;Keep rotated backups (on opening, every 30 minutes of editing, before imports and restores)</source>
            <translation>&amp;Backup a rotazione (all'apertura, ogni 30 minuti di modifiche, prima di importazioni e ripristini)</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="119" />
            <source>Folder:</source>
            <translation>Cartella:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="120" />
            <source>Kept: the last 10, one a day for a week, one a week for a month; always on this computer, never on a network share.</source>
            <translation>Conservati: gli ultimi 10, uno al giorno per una settimana, uno alla settimana per un mese; sempre su questo computer, mai su una condivisione di rete.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="139" />
            <source>'{0}' is not a time zone Pactline knows: choose one from the list, e.g. Europe/Rome</source>
            <translation>'{0}' non è un fuso orario noto a Pactline: sceglierne uno dall'elenco, ad es. Europe/Rome</translation>
        </message>
    </context>
    <context>
        <name>gui.preferences.restore_dialog</name>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="28" />
            <source>Restore Backup</source>
            <translation>Ripristina backup</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="33" />
            <source>Backups of {0}, newest first (times in {1}):</source>
            <translation>Backup di {0}, dal più recente (ore nel fuso {1}):</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="34" />
            <source>There is no backup of {0} yet.</source>
            <translation>Non esiste ancora alcun backup di {0}.</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="39" />
            <source>Commitments</source>
            <translation>Impegni</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="39" />
            <source>Taken</source>
            <translation>Creato</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="39" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="39" />
            <source>Incidents</source>
            <translation>Incidenti</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="40" />
            <source>Log entries</source>
            <translation>Voci di registro</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="48" />
            <source>unreadable: damaged</source>
            <translation>illeggibile: danneggiato</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="63" />
            <source>&amp;Open Read-Only</source>
            <translation>Apri in sola &amp;lettura</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="64" />
            <source>Look at the backup without changing anything; reopen your exercise from File › Open Recent</source>
            <translation>Mostra il backup senza modificare nulla; riaprire la propria esercitazione da File › Apri recenti</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="66" />
            <source>Restore as &amp;New File…</source>
            <translation>Ripristina come &amp;nuovo file…</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="67" />
            <source>Write the backup to a new exercise file and open it</source>
            <translation>Scrive il backup in un nuovo file di esercitazione e lo apre</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="68" />
            <source>Restore &amp;Over This Exercise…</source>
            <translation>Ripristina &amp;sopra questa esercitazione…</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/restore_dialog.py" line="69" />
            <source>Replace the exercise's contents with the backup's (what it holds now is backed up first)</source>
            <translation>Sostituisce il contenuto dell'esercitazione con quello del backup (del contenuto attuale viene prima fatto un backup)</translation>
        </message>
    </context>
    <context>
        <name>gui.projector.matrix</name>
        <message>
            <location filename="../../gui/projector/matrix.py" line="28" />
            <source>Committed</source>
            <translation>Impegnate</translation>
        </message>
        <message>
            <location filename="../../gui/projector/matrix.py" line="28" />
            <source>Awaited (deadline running)</source>
            <translation>Attesa (scadenza in corso)</translation>
        </message>
        <message>
            <location filename="../../gui/projector/matrix.py" line="29" />
            <source>Expected, missing</source>
            <translation>Prevista, mancante</translation>
        </message>
        <message>
            <location filename="../../gui/projector/matrix.py" line="29" />
            <source>Not expected</source>
            <translation>Non prevista</translation>
        </message>
    </context>
    <context>
        <name>gui.projector.panels</name>
        <message>
            <location filename="../../gui/projector/panels.py" line="35" />
            <source>REACT</source>
            <translation>REAZIONE</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="35" />
            <source>CONSULT</source>
            <translation>CONSULT.</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="213" />
            <source>DEADLINES</source>
            <translation>SCADENZE</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="215" />
            <source>No deadlines running</source>
            <translation>Nessuna scadenza in corso</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="218" />
            <source>MISSED</source>
            <translation>MANCATA</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="261" />
            <source>{0} of {1} still owe · due {2}</source>
            <translation>mancano {0} di {1} · entro {2}</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="268" />
            <source>+ {0} more running</source>
            <translation>+ altre {0} in corso</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="271" />
            <source>MISSED · {0} DEADLINE</source>
            <translation>MANCATA · {0} SCADENZA</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="272" />
            <source>MISSED · {0} DEADLINES, LATEST FIRST</source>
            <translation>MANCATE · {0} SCADENZE, PIÙ RECENTI PRIMA</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="291" />
            <source>{0} signatories</source>
            <translation>{0} firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="328" />
            <source>CURRENT INCIDENTS</source>
            <translation>INCIDENTI IN CORSO</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="330" />
            <source>No incident yet</source>
            <translation>Ancora nessun incidente</translation>
        </message>
        <message>
            <location filename="../../gui/projector/panels.py" line="380" />
            <source>+ {0} earlier</source>
            <translation>+ {0} precedenti</translation>
        </message>
    </context>
    <context>
        <name>gui.provisions.commands</name>
        <message>
            <location filename="../../gui/provisions/commands.py" line="17" />
            <source>Add standing provision “{0}”</source>
            <translation>Aggiungi la disposizione permanente “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="23" />
            <source>Edit standing provision “{0}”</source>
            <translation>Modifica la disposizione permanente “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="28" />
            <source>Remove standing provision “{0}”</source>
            <translation>Rimuovi la disposizione permanente “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="33" />
            <source>Add milestone “{0}”</source>
            <translation>Aggiungi la tappa “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="39" />
            <source>Edit milestone “{0}”</source>
            <translation>Modifica la tappa “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="44" />
            <source>Remove milestone “{0}”</source>
            <translation>Rimuovi la tappa “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="49" />
            <source>Record a delivery</source>
            <translation>Registra una consegna</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="54" />
            <source>Edit a delivery</source>
            <translation>Modifica una consegna</translation>
        </message>
        <message>
            <location filename="../../gui/provisions/commands.py" line="59" />
            <source>Remove a delivery</source>
            <translation>Rimuovi una consegna</translation>
        </message>
    </context>
    <context>
        <name>gui.report.branch_blocks</name>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="15" />
            <source>Branches: what was played, and what the other answers would have demanded</source>
            <translation>Rami: che cosa è stato giocato e che cosa avrebbero richiesto le altre risposte</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="16" />
            <source>The incidents below are those of the trunk and of the outcome played (or, where a branch point was not resolved in play, of the outcome the planners showed). For contrast, each other outcome is judged on the same record: its own incidents and the reaction and consultation deadlines they would have set.</source>
            <translation>Gli incidenti che seguono sono quelli del tronco comune e dell'esito giocato (o, dove un punto di diramazione non è stato risolto nel gioco, dell'esito mostrato dai pianificatori). Per confronto, ogni altro esito è valutato sullo stesso registro: i suoi incidenti e le scadenze di reazione e di consultazione che avrebbero fissato.</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="26" />
            <source> (played)</source>
            <translation> (giocato)</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="26" />
            <source> (shown)</source>
            <translation> (mostrato)</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="28" />
            <source>{0} met / {1} missed / {2} pending</source>
            <translation>{0} rispettate / {1} mancate / {2} in corso</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="31" />
            <source>no incident of its own</source>
            <translation>nessun incidente proprio</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="33" />
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="33" />
            <source>Its incidents</source>
            <translation>I suoi incidenti</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="33" />
            <source>Deadlines they set</source>
            <translation>Scadenze fissate</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="33" />
            <source>Responses expected</source>
            <translation>Risposte previste</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="34" />
            <source>Its injects</source>
            <translation>I suoi inject</translation>
        </message>
        <message>
            <location filename="../../gui/report/branch_blocks.py" line="35" />
            <source>An outcome not played demanded nothing of the delegations: its figures show what it would have demanded, not what was missed.</source>
            <translation>Un esito non giocato non ha richiesto nulla alle delegazioni: le sue cifre mostrano che cosa avrebbe richiesto, non che cosa è stato mancato.</translation>
        </message>
    </context>
    <context>
        <name>gui.report.charts</name>
        <message>
            <location filename="../../gui/report/charts.py" line="116" />
            <source>Incidents</source>
            <translation>Incidenti</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="116" />
            <source>Consult.</source>
            <translation>Consult.</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="244" />
            <source>as of {0}</source>
            <translation>al {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="248" />
            <source>pledged</source>
            <translation>promesso</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="248" />
            <source>gate broken</source>
            <translation>vincolo violato</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="249" />
            <source>consultation: all met</source>
            <translation>consultazione: tutte rispettate</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="249" />
            <source>some missed</source>
            <translation>alcune mancate</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="250" />
            <source>still open</source>
            <translation>ancora aperta</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="287" />
            <source>Reaction (deadline {0} h, dashed)</source>
            <translation>Reazione (scadenza {0} h, tratteggiata)</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="288" />
            <source>Consultation (deadline by severity tier, tick)</source>
            <translation>Consultazione (scadenza per fascia di gravità, tacca)</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="328" />
            <source>met (bar: hours taken)</source>
            <translation>rispettata (barra: ore impiegate)</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="328" />
            <source>done, but late</source>
            <translation>eseguita, ma in ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="329" />
            <source>not done by the deadline</source>
            <translation>non eseguita entro la scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="329" />
            <source>not done, deadline still ahead</source>
            <translation>non eseguita, scadenza ancora da venire</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="352" />
            <location filename="../../gui/report/charts.py" line="374" />
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <location filename="../../gui/report/charts.py" line="381" />
            <source>Cells count commitments announced (withdrawn ones excluded) across all incidents; the darker the cell, the more commitments.</source>
            <translation>Le celle contano gli impegni annunciati (esclusi quelli ritirati) su tutti gli incidenti; più scura la cella, più impegni.</translation>
        </message>
    </context>
    <context>
        <name>gui.report.export_dialog</name>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="68" />
            <source>{0} px</source>
            <translation>{0} px</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="70" />
            <source>Timeline image</source>
            <translation>Immagine della linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="70" />
            <source>Width of the image (its height follows from the number of signatories):</source>
            <translation>Larghezza dell'immagine (l'altezza dipende dal numero di firmatari):</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="96" />
            <source>Print Preview</source>
            <translation>Anteprima di stampa</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="96" />
            <source>Document to preview:</source>
            <translation>Documento da visualizzare:</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="104" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="134" />
            <source>Export After-Action Report as &amp;PDF…</source>
            <translation>Esporta rapporto post-esercitazione come &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="135" />
            <source>Write the after-action report (HSEEP AAR/IP) as a PDF</source>
            <translation>Scrive il rapporto post-esercitazione (HSEEP AAR/IP) come PDF</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="137" />
            <source>Export After-Action Report as &amp;HTML…</source>
            <translation>Esporta rapporto post-esercitazione come &amp;HTML…</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="138" />
            <source>Write the after-action report as one self-contained HTML file</source>
            <translation>Scrive il rapporto post-esercitazione come un unico file HTML autonomo</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="140" />
            <source>Export Timeline as P&amp;NG…</source>
            <translation>Esporta linea temporale come P&amp;NG…</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="141" />
            <source>Save the timeline, every signatory lane, as an image</source>
            <translation>Salva la linea temporale, con ogni corsia dei firmatari, come immagine</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="143" />
            <source>Export Timeline as S&amp;VG…</source>
            <translation>Esporta linea temporale come S&amp;VG…</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="144" />
            <source>Save the timeline as a vector drawing (SVG)</source>
            <translation>Salva la linea temporale come disegno vettoriale (SVG)</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="146" />
            <source>Print &amp;MSEL Playbook…</source>
            <translation>Stampa &amp;manuale MSEL…</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="147" />
            <source>Print the MSEL as a controller's playbook, one block per inject</source>
            <translation>Stampa la MSEL come manuale del controller, un blocco per inject</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="149" />
            <source>Print Countdo&amp;wn Board…</source>
            <translation>Stampa ta&amp;bellone dei conti alla rovescia…</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="150" />
            <source>Print the current countdowns, large</source>
            <translation>Stampa i conti alla rovescia correnti, in grande</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="152" />
            <source>Print Pre&amp;view…</source>
            <translation>Anteprima di s&amp;tampa…</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="153" />
            <source>Preview the playbook, the countdown board or the report before printing</source>
            <translation>Anteprima del manuale, del tabellone dei conti alla rovescia o del rapporto prima della stampa</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="214" />
            <source> (the log could not be sealed: {0})</source>
            <translation> (non è stato possibile sigillare il registro: {0})</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="229" />
            <source>Export cancelled; nothing was written</source>
            <translation>Esportazione annullata; non è stato scritto nulla</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="232" />
            <source>Export failed</source>
            <translation>Esportazione non riuscita</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="243" />
            <source>After-action report written: {0} ({1} pages)</source>
            <translation>Rapporto post-esercitazione scritto: {0} ({1} pagine)</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="245" />
            <source>Export After-Action Report as PDF</source>
            <translation>Esporta rapporto post-esercitazione come PDF</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="245" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="252" />
            <source>After-action report written: {0}</source>
            <translation>Rapporto post-esercitazione scritto: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="253" />
            <source>Export After-Action Report as HTML</source>
            <translation>Esporta rapporto post-esercitazione come HTML</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="253" />
            <source>Web pages (*.html *.htm)</source>
            <translation>Pagine web (*.html *.htm)</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="266" />
            <source>Timeline image written: {0} ({1} × {2} px)</source>
            <translation>Immagine della linea temporale scritta: {0} ({1} × {2} px)</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="268" />
            <source>Export Timeline as PNG</source>
            <translation>Esporta linea temporale come PNG</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="268" />
            <source>PNG images (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="277" />
            <source>Timeline drawing written: {0}</source>
            <translation>Disegno della linea temporale scritto: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="278" />
            <source>Export Timeline as SVG</source>
            <translation>Esporta linea temporale come SVG</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="278" />
            <source>SVG drawings (*.svg)</source>
            <translation>Disegni SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="297" />
            <source>Printing failed</source>
            <translation>Stampa non riuscita</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="299" />
            <source>{0}: {1} pages sent to the printer</source>
            <translation>{0}: {1} pagine inviate alla stampante</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="303" />
            <source>Print MSEL Playbook</source>
            <translation>Stampa manuale MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="306" />
            <source>Print Countdown Board</source>
            <translation>Stampa tabellone dei conti alla rovescia</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="311" />
            <source>MSEL playbook</source>
            <translation>Manuale MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="311" />
            <source>Countdown board</source>
            <translation>Tabellone dei conti alla rovescia</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="312" />
            <source>After-action report</source>
            <translation>Rapporto post-esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/export_dialog.py" line="319" />
            <source>Print Preview — {0}</source>
            <translation>Anteprima di stampa — {0}</translation>
        </message>
    </context>
    <context>
        <name>gui.report.html</name>
        <message>
            <location filename="../../gui/report/html.py" line="165" />
            <source>Drawing charts</source>
            <translation>Disegno dei grafici</translation>
        </message>
        <message>
            <location filename="../../gui/report/html.py" line="190" />
            <source>Writing the report</source>
            <translation>Scrittura del rapporto</translation>
        </message>
        <message>
            <location filename="../../gui/report/html.py" line="195" />
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
    </context>
    <context>
        <name>gui.report.pages</name>
        <message>
            <location filename="../../gui/report/pages.py" line="152" />
            <location filename="../../gui/report/pages.py" line="191" />
            <source>Page {0} of {1}</source>
            <translation>Pagina {0} di {1}</translation>
        </message>
        <message>
            <location filename="../../gui/report/pages.py" line="197" />
            <source>Laying out pages</source>
            <translation>Impaginazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pages.py" line="202" />
            <source>the output device cannot be written</source>
            <translation>il dispositivo di uscita non è scrivibile</translation>
        </message>
        <message>
            <location filename="../../gui/report/pages.py" line="210" />
            <source>the output device did not finish the document</source>
            <translation>il dispositivo di uscita non ha completato il documento</translation>
        </message>
    </context>
    <context>
        <name>gui.report.pdf</name>
        <message>
            <location filename="../../gui/report/pdf.py" line="54" />
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="54" />
            <source>Commitment</source>
            <translation>Impegno</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="55" />
            <source>Attendance</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="55" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="55" />
            <source>Correction</source>
            <translation>Correzione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="56" />
            <source>Clock</source>
            <translation>Orologio</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="56" />
            <source>Inject</source>
            <translation>Inject</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="56" />
            <source>Edit</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="57" />
            <source>met</source>
            <translation>rispettata</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="57" />
            <source>missed</source>
            <translation>mancata</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="57" />
            <source>pending</source>
            <translation>in corso</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="57" />
            <source>not obliged</source>
            <translation>non obbligato</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="58" />
            <source>not due</source>
            <translation>non dovuta</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="89" />
            <source>Log: {0} entry, head {1}</source>
            <translation>Registro: {0} voce, testa {1}</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="89" />
            <source>Log: {0} entries, head {1}</source>
            <translation>Registro: {0} voci, testa {1}</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="97" />
            <source>AFTER-ACTION REPORT / IMPROVEMENT PLAN</source>
            <translation>RAPPORTO POST-ESERCITAZIONE / PIANO DI MIGLIORAMENTO</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="100" />
            <source>Exercise dates</source>
            <translation>Date dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="101" />
            <location filename="../../gui/report/pdf.py" line="122" />
            <source>Classification</source>
            <translation>Classifica</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="102" />
            <source>Assessed as of</source>
            <translation>Valutato al</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="103" />
            <location filename="../../gui/report/pdf.py" line="132" />
            <source>Treaty option</source>
            <translation>Opzione di trattato</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="104" />
            <source>Report generated</source>
            <translation>Rapporto generato</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="104" />
            <source>{0}, by Pactline (offline)</source>
            <translation>{0}, da Pactline (offline)</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="105" />
            <source>Decision log</source>
            <translation>Registro delle decisioni</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="107" />
            <source>Handling: this report is exercise material. Every incident, decision and commitment in it belongs to a simulated scenario and must not be mistaken for real-world information.</source>
            <translation>Trattamento: questo rapporto è materiale di esercitazione. Ogni incidente, decisione e impegno che contiene appartiene a uno scenario simulato e non deve essere scambiato per informazione reale.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="111" />
            <source>Contents</source>
            <translation>Indice</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="118" />
            <source>1.1 At a glance</source>
            <translation>1.1 In sintesi</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="120" />
            <source>1.2 Name, dates and scope</source>
            <translation>1.2 Nome, date e ambito</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="121" />
            <source>ENDEX</source>
            <translation>ENDEX</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="121" />
            <source>STARTEX</source>
            <translation>STARTEX</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="121" />
            <source>Exercise</source>
            <translation>Esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="122" />
            <source>Scope</source>
            <translation>Ambito</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="123" />
            <source>1.3 Objectives</source>
            <translation>1.3 Obiettivi</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="125" />
            <source>Objective</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="125" />
            <location filename="../../gui/report/pdf.py" line="151" />
            <location filename="../../gui/report/pdf.py" line="233" />
            <location filename="../../gui/report/pdf.py" line="278" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="125" />
            <location filename="../../gui/report/pdf.py" line="343" />
            <location filename="../../gui/report/pdf.py" line="360" />
            <source>Capability</source>
            <translation>Capacità</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="125" />
            <location filename="../../gui/report/pdf.py" line="335" />
            <location filename="../../gui/report/pdf.py" line="342" />
            <source>Rating</source>
            <translation>Valutazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="127" />
            <source>not rated</source>
            <translation>non valutato</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="130" />
            <location filename="../../gui/report/pdf.py" line="339" />
            <source>No objectives are recorded in this exercise (Evaluation dock).</source>
            <translation>In questa esercitazione non è registrato alcun obiettivo (pannello Valutazione).</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="131" />
            <source>1.4 Treaty terms</source>
            <translation>1.4 Termini del trattato</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="133" />
            <location filename="../../gui/report/pdf.py" line="190" />
            <source>Reaction deadline</source>
            <translation>Scadenza di reazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="133" />
            <source>{0} h after the incident</source>
            <translation>{0} h dopo l'incidente</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="134" />
            <source>Consultation tiers</source>
            <translation>Fasce di consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="135" />
            <source>Categories in scope</source>
            <translation>Categorie nell'ambito</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="136" />
            <source>Coordination</source>
            <translation>Coordinamento</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="137" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="138" />
            <source>Other options modelled</source>
            <translation>Altre opzioni modellate</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="139" />
            <location filename="../../gui/report/pdf.py" line="189" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="139" />
            <source>Consultation within</source>
            <translation>Consultazione entro</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="141" />
            <source>1.5 Participants</source>
            <translation>1.5 Partecipanti</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="142" />
            <source>{0} signatory.</source>
            <translation>{0} firmatario.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="142" />
            <source>{0} signatories.</source>
            <translation>{0} firmatari.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="143" />
            <source>Parliamentary approval applies to military commitments that deploy forces; an assumed lead time is a planning assumption, not a published figure.</source>
            <translation>L'approvazione parlamentare si applica agli impegni militari che dispiegano forze; un tempo di approvazione ipotizzato è un'ipotesi di pianificazione, non un dato pubblicato.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="151" />
            <location filename="../../gui/report/pdf.py" line="204" />
            <location filename="../../gui/report/pdf.py" line="233" />
            <location filename="../../gui/report/pdf.py" line="278" />
            <source>Signatory</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="151" />
            <source>NATO</source>
            <translation>NATO</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="151" />
            <source>EU</source>
            <translation>UE</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="151" />
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="152" />
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="152" />
            <source>Parliamentary approval (military deployment)</source>
            <translation>Approvazione parlamentare (dispiegamento militare)</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="153" />
            <source> (organisation)</source>
            <translation> (organizzazione)</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="154" />
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="163" />
            <source>Incidents (diamonds, coloured by severity S1–S5) with their consultation windows below them: each bar runs from the incident to its consultation deadline, the black tick marks the reaction deadline, the colour says whether any signatory missed it. Each lane is a signatory; each dot a commitment by category, hollow while only pledged, ringed red where a parliamentary gate was broken. Grey: outside STARTEX–ENDEX.</source>
            <translation>Incidenti (rombi, colorati per gravità S1–S5) con sotto le loro finestre di consultazione: ogni barra va dall'incidente alla sua scadenza di consultazione, la tacca nera segna la scadenza di reazione, il colore dice se un firmatario l'ha mancata. Ogni corsia è un firmatario; ogni punto un impegno per categoria, vuoto finché solo promesso, cerchiato di rosso dove un vincolo parlamentare è stato violato. Grigio: fuori da STARTEX–ENDEX.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="171" />
            <source>Reaction deadline in the capitals</source>
            <translation>Scadenza di reazione nelle capitali</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="172" />
            <source>Consultation deadline in the capitals</source>
            <translation>Scadenza di consultazione nelle capitali</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="178" />
            <source>For each incident: what the treaty demanded (reaction and consultation deadlines, the proportional response expected) against what each signatory did. Latency is counted in hours after the incident.</source>
            <translation>Per ogni incidente: che cosa richiedeva il trattato (scadenze di reazione e di consultazione, la risposta proporzionata prevista) rispetto a quanto ha fatto ciascun firmatario. La latenza è contata in ore dopo l'incidente.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="182" />
            <source>Missed deadlines</source>
            <translation>Scadenze mancate</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="191" />
            <source>{0} ({1} h tier)</source>
            <translation>{0} (fascia {1} h)</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="191" />
            <source>Consultation deadline</source>
            <translation>Scadenza di consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="193" />
            <source>Expected responses</source>
            <translation>Risposte previste</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="194" />
            <location filename="../../gui/report/pdf.py" line="259" />
            <source>Committed</source>
            <translation>Impegnate</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="195" />
            <source>Gap</source>
            <translation>Lacuna</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="195" />
            <location filename="../../gui/report/pdf.py" line="256" />
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="197" />
            <source>Not yet occurred at the assessment time: nothing was owed.</source>
            <translation>Non ancora avvenuto al momento della valutazione: non era dovuto nulla.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="200" />
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="200" />
            <source>reaction met {0}, missed {1}, pending {2}; consultation met {3}, missed {4}, pending {5}</source>
            <translation>reazione rispettata {0}, mancata {1}, in corso {2}; consultazione rispettata {3}, mancata {4}, in corso {5}</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="204" />
            <source>Consultation</source>
            <translation>Consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="204" />
            <source>Reaction</source>
            <translation>Reazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="204" />
            <source>Commitments</source>
            <translation>Impegni</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="225" />
            <source>All</source>
            <translation>Tutti</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="225" />
            <source>all signatories</source>
            <translation>tutti i firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="230" />
            <source>Deadlines per signatory across all incidents that had occurred (met / missed / pending); mean latency over the deadlines a signatory fulfilled; commitments by category ({0}).</source>
            <translation>Scadenze per firmatario su tutti gli incidenti avvenuti (rispettate / mancate / in corso); latenza media sulle scadenze che un firmatario ha adempiuto; impegni per categoria ({0}).</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="233" />
            <source>Reactions
met / missed / pending</source>
            <translation>Reazioni
rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="233" />
            <source>Mean
reaction</source>
            <translation>Reazione
media</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="234" />
            <source>Consultations
met / missed / pending</source>
            <translation>Consultazioni
rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="234" />
            <source>Mean
consultation</source>
            <translation>Consultazione
media</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="235" />
            <source>Missed
in all</source>
            <translation>Mancate
in totale</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="242" />
            <source>One bar per incident in each signatory's row, in incident order (top: earliest). Incidents a signatory was not obliged to answer are left out.</source>
            <translation>Una barra per incidente nella riga di ogni firmatario, in ordine di incidente (in alto: il primo). Gli incidenti a cui un firmatario non era obbligato a rispondere sono omessi.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="247" />
            <source>Which signatories committed what, across all incidents.</source>
            <translation>Quali firmatari si sono impegnati in che cosa, su tutti gli incidenti.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="253" />
            <source>An incident has a proportionality gap when a response category the treaty expects for its type and severity has no commitment from any signatory.</source>
            <translation>Un incidente presenta una lacuna di proporzionalità quando una categoria di risposta che il trattato prevede per il suo tipo e la sua gravità non ha alcun impegno da parte di alcun firmatario.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="259" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="259" />
            <source>Expected</source>
            <translation>Previste</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="259" />
            <source>Missing</source>
            <translation>Mancante</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="260" />
            <source>No proportionality gaps at the assessment time.</source>
            <translation>Nessuna lacuna di proporzionalità al momento della valutazione.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="266" />
            <source>A military commitment that deploys forces, by a signatory whose parliament must approve it first, cannot be effective before announcement plus the approval lead time.</source>
            <translation>Un impegno militare che dispiega forze, da parte di un firmatario il cui parlamento deve prima approvarlo, non può essere efficace prima dell'annuncio più il tempo di approvazione.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="271" />
            <source>Gates broken</source>
            <translation>Vincoli violati</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="273" />
            <source>Gated commitments</source>
            <translation>Impegni soggetti a vincolo</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="275" />
            <source>No commitment was subject to a parliamentary gate.</source>
            <translation>Nessun impegno era soggetto a un vincolo parlamentare.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="277" />
            <source>Signatories with an approval requirement</source>
            <translation>Firmatari con obbligo di approvazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="278" />
            <source>Approval</source>
            <translation>Approvazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="278" />
            <source>Legal basis</source>
            <translation>Base giuridica</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="289" />
            <source>This exercise keeps one treaty option only: there is nothing to compare it with.</source>
            <translation>Questa esercitazione contiene una sola opzione di trattato: non c'è nulla con cui confrontarla.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="291" />
            <source>The same incidents, attendances and commitments judged under each treaty option kept in the exercise, as of {0}. The exercise was played under {1}; the others show what they would have demanded. Rows where the options differ are shaded.</source>
            <translation>Gli stessi incidenti, partecipazioni e impegni valutati secondo ciascuna opzione di trattato contenuta nell'esercitazione, al {0}. L'esercitazione è stata giocata secondo {1}; le altre mostrano che cosa avrebbero richiesto. Le righe in cui le opzioni differiscono sono ombreggiate.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="296" />
            <source>Every option is judged here on the branch “{0}”: the trunk plus the incidents, attendances and commitments of that answer.</source>
            <translation>Ogni opzione è qui valutata sul ramo «{0}»: il tronco comune più gli incidenti, le partecipazioni e gli impegni di quella risposta.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="301" />
            <source>Options lettered as in the table. A dash on the base line: no such measure took effect under that option.</source>
            <translation>Opzioni contrassegnate dalle stesse lettere della tabella. Un trattino sulla linea di base: nessuna misura di quel tipo ha avuto effetto secondo quell'opzione.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="306" />
            <source>Measure</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="309" />
            <source>Also kept in the exercise, not compared here: {0}.</source>
            <translation>Contenute anche nell'esercitazione, ma non confrontate qui: {0}.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="316" />
            <source>Decisions, commitments, attendances and injects recorded during conduct, in order (edits made while planning are not listed).</source>
            <translation>Decisioni, impegni, partecipazioni e inject registrati durante la condotta, in ordine (le modifiche fatte in pianificazione non sono elencate).</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="319" />
            <source>The oldest entry is left out; the newest {1} follow. The exercise log holds them all.</source>
            <translation>La voce più vecchia è omessa; seguono le {1} più recenti. Il registro dell'esercitazione le contiene tutte.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="321" />
            <source>The {0} oldest entries are left out; the newest {1} follow. The exercise log holds them all.</source>
            <translation>Le {0} voci più vecchie sono omesse; seguono le {1} più recenti. Il registro dell'esercitazione le contiene tutte.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="324" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="324" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="324" />
            <source>Entry</source>
            <translation>Voce</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="324" />
            <source>No.</source>
            <translation>N.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="324" />
            <source>Wall</source>
            <translation>Ora reale</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="324" />
            <source>By</source>
            <translation>Autore</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="329" />
            <source>Nothing of this kind was logged.</source>
            <translation>Nulla di questo tipo è stato registrato.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="334" />
            <source>Each objective's rating, with what the evaluators observed.</source>
            <translation>La valutazione di ogni obiettivo, con ciò che i valutatori hanno osservato.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="335" />
            <source>Meaning</source>
            <translation>Significato</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="342" />
            <source>Not rated</source>
            <translation>Non valutato</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="344" />
            <source>Critical tasks</source>
            <translation>Compiti critici</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="345" />
            <source>Rating note</source>
            <translation>Nota di valutazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="347" />
            <source>Strengths</source>
            <translation>Punti di forza</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="347" />
            <source>Areas for improvement</source>
            <translation>Aree di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="348" />
            <source>Other observations</source>
            <translation>Altre osservazioni</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="352" />
            <source>No observations recorded.</source>
            <translation>Nessuna osservazione registrata.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="359" />
            <source>The improvement plan is empty: add its items in the Evaluation dock.</source>
            <translation>Il piano di miglioramento è vuoto: aggiungerne le voci nel pannello Valutazione.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="360" />
            <source>Corrective action</source>
            <translation>Azione correttiva</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="360" />
            <source>Obj.</source>
            <translation>Obiet.</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="360" />
            <source>Issue / area for improvement</source>
            <translation>Questione / area di miglioramento</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="361" />
            <source>Responsible organisation</source>
            <translation>Organizzazione responsabile</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="361" />
            <source>Point of contact</source>
            <translation>Punto di contatto</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="361" />
            <source>Start</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="361" />
            <source>Completion</source>
            <translation>Completamento</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="380" />
            <location filename="../../gui/report/pdf.py" line="402" />
            <source>After-Action Report — {0}</source>
            <translation>Rapporto post-esercitazione — {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="381" />
            <source>as of {0}</source>
            <translation>al {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="382" />
            <source>Pactline · generated {0}</source>
            <translation>Pactline · generato {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/pdf.py" line="394" />
            <source>Done</source>
            <translation>Fatto</translation>
        </message>
    </context>
    <context>
        <name>gui.report.printing</name>
        <message>
            <location filename="../../gui/report/printing.py" line="45" />
            <source>Method</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="45" />
            <source>From → To</source>
            <translation>Da → A</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="46" />
            <source>Synopsis</source>
            <translation>Sintesi</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="46" />
            <source>Expected action</source>
            <translation>Azione attesa</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="47" />
            <source>Objective</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="48" />
            <source>Controller</source>
            <translation>Controller</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="49" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="81" />
            <source>scenario time {0}</source>
            <translation>ora dello scenario {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="101" />
            <source>delivered at {0}</source>
            <translation>inviato alle {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="102" />
            <source>Delivered at ________________   by ________________   (</source>
            <translation>Inviato alle ________________   da ________________   (</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="109" />
            <source>MSEL — Controller's Playbook</source>
            <translation>MSEL — Manuale del controller</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="110" />
            <source>{0}. STARTEX {1}. {2} injects, in order of delivery; times are exercise-relative (D+n hh:mm).</source>
            <translation>{0}. STARTEX {1}. {2} inject, in ordine di invio; le ore sono relative all'esercitazione (D+n hh:mm).</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="116" />
            <source>The MSEL is empty: plan injects in the MSEL dock.</source>
            <translation>La MSEL è vuota: pianificare gli inject nel pannello MSEL.</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="118" />
            <source>MSEL playbook — {0}</source>
            <translation>Manuale MSEL — {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="159" />
            <source>Countdown board</source>
            <translation>Tabellone dei conti alla rovescia</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="160" />
            <source>Scenario time {0}. Pending deadlines soonest first, then missed ones.</source>
            <translation>Ora dello scenario {0}. Prima le scadenze in corso più vicine, poi quelle mancate.</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="165" />
            <source>Consultation</source>
            <translation>Consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="165" />
            <source>Reaction</source>
            <translation>Reazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="166" />
            <source>due {0}; owed by {1}: {2}</source>
            <translation>scadenza {0}; dovuta da {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="175" />
            <source>reaction</source>
            <translation>reazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="175" />
            <source>consultation</source>
            <translation>consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="176" />
            <source>deadline {0}; missed by {1}</source>
            <translation>scadenza {0}; mancata di {1}</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="180" />
            <source>MISSED {0} — {1}</source>
            <translation>MANCATA {0} — {1}</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="183" />
            <source>No deadline is pending or missed at this scenario time.</source>
            <translation>Nessuna scadenza in corso o mancata a quest'ora dello scenario.</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="185" />
            <source>Countdown board — {0}</source>
            <translation>Tabellone dei conti alla rovescia — {0}</translation>
        </message>
        <message>
            <location filename="../../gui/report/printing.py" line="186" />
            <source>as of {0}</source>
            <translation>al {0}</translation>
        </message>
    </context>
    <context>
        <name>gui.report.provision_blocks</name>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="17" />
            <source>No standing provision is recorded in this exercise (View › Standing Provisions).</source>
            <translation>In questa esercitazione non è registrata alcuna disposizione permanente (Visualizza › Disposizioni permanenti).</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="19" />
            <source>Besides their reactions to incidents, the parties undertook standing provisions: strengthening the protected state's armed forces and intelligence cooperation. Below is what each signatory pledged, the milestones agreed and where each stood as of {0}. {1}.</source>
            <translation>Oltre alle reazioni agli incidenti, le parti hanno assunto disposizioni permanenti: il rafforzamento delle forze armate dello Stato protetto e la cooperazione di intelligence. Di seguito, gli impegni di ciascun firmatario, le tappe concordate e lo stato di ciascuna al {0}. {1}.</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="24" />
            <source>Milestones overdue</source>
            <translation>Tappe in ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="26" />
            <source>Pledges</source>
            <translation>Impegni</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="28" />
            <source> (figures assumed)</source>
            <translation> (cifre ipotizzate)</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="30" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="30" />
            <location filename="../../gui/report/provision_blocks.py" line="37" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="30" />
            <source>Provision</source>
            <translation>Disposizione</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="30" />
            <source>Pledged</source>
            <translation>Promesso</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="30" />
            <source>Delivered so far</source>
            <translation>Consegnato finora</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="32" />
            <source>Milestones</source>
            <translation>Tappe</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="37" />
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="37" />
            <source>Milestone</source>
            <translation>Tappa</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="37" />
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="37" />
            <source>Due amount</source>
            <translation>Quantità dovuta</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="38" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../gui/report/provision_blocks.py" line="40" />
            <source>Figures marked as assumed are planning assumptions, not published pledges.</source>
            <translation>Le cifre indicate come ipotizzate sono ipotesi di pianificazione, non impegni pubblicati.</translation>
        </message>
    </context>
    <context>
        <name>gui.roster.model</name>
        <message>
            <location filename="../../gui/roster/model.py" line="39" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="39" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="40" />
            <source>NATO</source>
            <translation>NATO</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="40" />
            <source>EU</source>
            <translation>UE</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="41" />
            <source>Approval</source>
            <translation>Approvazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="41" />
            <source>Lead time</source>
            <translation>Tempo di approvazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="42" />
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="42" />
            <source>Signed</source>
            <translation>Firmato</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="44" />
            <source>ISO 3166 code of the state (or the organisation's code)</source>
            <translation>Codice ISO 3166 dello Stato (o codice dell'organizzazione)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="45" />
            <source>Signatory</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="46" />
            <source>Member of NATO</source>
            <translation>Membro della NATO</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="47" />
            <source>Member of the European Union</source>
            <translation>Membro dell'Unione europea</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="48" />
            <source>Parliamentary approval: does a military deployment need the parliament's prior approval?</source>
            <translation>Approvazione parlamentare: un dispiegamento militare richiede la previa approvazione del parlamento?</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="49" />
            <source>Typical lead time of the parliamentary approval, in hours</source>
            <translation>Tempo tipico dell'approvazione parlamentare, in ore</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="50" />
            <source>Date the bilateral security agreement was signed</source>
            <translation>Data di firma dell'accordo bilaterale di sicurezza</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="51" />
            <source>Point of contact of the delegation</source>
            <translation>Punto di contatto della delegazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="75" />
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="76" />
            <source>{0} h</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="77" />
            <source>{0} (assumed)</source>
            <translation>{0} (ipotizzato)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="81" />
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="81" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="236" />
            <source>No point of contact recorded (double-click to add one)</source>
            <translation>Nessun punto di contatto registrato (doppio clic per aggiungerne uno)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="238" />
            <source>No source recorded for the approval rule.</source>
            <translation>Nessuna fonte registrata per la regola di approvazione.</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="240" />
            <source>Assumed lead time (not published).</source>
            <translation>Tempo di approvazione ipotizzato (non pubblicato).</translation>
        </message>
        <message>
            <location filename="../../gui/roster/model.py" line="264" />
            <source>Edit {0}: {1}</source>
            <translation>Modifica {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>gui.roster.removal</name>
        <message>
            <location filename="../../gui/roster/removal.py" line="22" />
            <source>Remove {0} ({1})</source>
            <translation>Rimuovi {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="23" />
            <source>Remove {0} signatories</source>
            <translation>Rimuovi {0} firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="28" />
            <source>Remove {0} ({1}) from the roster?</source>
            <translation>Rimuovere {0} ({1}) dall'elenco?</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="29" />
            <source>Remove {0} signatories ({1}) from the roster?</source>
            <translation>Rimuovere {0} firmatari ({1}) dall'elenco?</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="41" />
            <source>{0} for #{1}</source>
            <translation>{0} per #{1}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="42" />
            <source>{0} {1} for #{2}</source>
            <translation>{0} {1} per #{2}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="48" />
            <source>{0} and {1} more</source>
            <translation>{0} e altri {1}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="63" />
            <source>1 commitment</source>
            <translation>1 impegno</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="63" />
            <source>{0} commitments</source>
            <translation>{0} impegni</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="71" />
            <source>1 consultation record</source>
            <translation>1 registrazione di consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="72" />
            <source>{0} consultation records</source>
            <translation>{0} registrazioni di consultazione</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="73" />
            <source>{0} for {1}</source>
            <translation>{0} per {1}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="85" />
            <source>This also removes:</source>
            <translation>Vengono rimossi anche:</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="87" />
            <source>No commitment or consultation record is stored for it.</source>
            <translation>Non è registrato alcun impegno né alcuna registrazione di consultazione.</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="88" />
            <source>No commitment or consultation record is stored for them.</source>
            <translation>Non è registrato alcun impegno né alcuna registrazione di consultazione.</translation>
        </message>
        <message>
            <location filename="../../gui/roster/removal.py" line="89" />
            <source>Undo brings everything back.</source>
            <translation>Annulla ripristina tutto.</translation>
        </message>
    </context>
    <context>
        <name>gui.roster.signatory_dialog</name>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="27" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="27" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="28" />
            <source>NATO</source>
            <translation>NATO</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="28" />
            <source>EU</source>
            <translation>UE</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="29" />
            <source>2024 agreement</source>
            <translation>Accordo del 2024</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="29" />
            <source>Roster</source>
            <translation>Elenco</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="101" />
            <source> (organisation)</source>
            <translation> (organizzazione)</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="103" />
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="106" />
            <source>on the roster</source>
            <translation>in elenco</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="109" />
            <source>{0} is already on the roster</source>
            <translation>{0} è già in elenco</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="111" />
            <source>Added with the 2024 facts: {0}</source>
            <translation>Aggiunto con i dati del 2024: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/roster/signatory_dialog.py" line="112" />
            <source>Added with its NATO/EU membership; no parliamentary rule recorded yet</source>
            <translation>Aggiunto con la sua appartenenza a NATO/UE; nessuna regola parlamentare ancora registrata</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.about</name>
        <message>
            <location filename="../../gui/shell/about.py" line="21" />
            <source>not yet declared by the project</source>
            <translation>non ancora dichiarata dal progetto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/about.py" line="24" />
            <source>&lt;h3&gt;Pactline {0}&lt;/h3&gt;&lt;p&gt;Plans and runs table-top exercises of a multilateral security-guarantee treaty: reaction and consultation deadlines, proportional responses, parliamentary gates.&lt;/p&gt;&lt;p&gt;Works offline; it never makes a network connection.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;{1} (PySide6 {2})&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;{3}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Data folder&lt;/td&gt;&lt;td&gt;{4}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licence&lt;/td&gt;&lt;td&gt;Pactline: {5}; {6}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;Pactline {0}&lt;/h3&gt;&lt;p&gt;Pianifica e conduce esercitazioni da tavolo di un trattato multilaterale di garanzia della sicurezza: scadenze di reazione e di consultazione, risposte proporzionate, vincoli parlamentari.&lt;/p&gt;&lt;p&gt;Funziona offline; non apre mai una connessione di rete.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;{1} (PySide6 {2})&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Python&lt;/td&gt;&lt;td&gt;{3}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cartella dei dati&lt;/td&gt;&lt;td&gt;{4}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licenza&lt;/td&gt;&lt;td&gt;Pactline: {5}; {6}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.actions</name>
        <message>
            <location filename="../../gui/shell/actions.py" line="48" />
            <source>&amp;Open…</source>
            <translation>&amp;Apri…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="49" />
            <source>Open an exercise file</source>
            <translation>Apre un file di esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="51" />
            <source>Open &amp;Default Exercise</source>
            <translation>Apri esercitazione pre&amp;definita</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="52" />
            <source>Open the default exercise in your data folder (created if missing)</source>
            <translation>Apre l'esercitazione predefinita nella propria cartella dei dati (creata se manca)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="54" />
            <source>&amp;Close Exercise</source>
            <translation>Chiudi esercitazi&amp;one</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="55" />
            <source>Close the exercise (the clock is saved, paused)</source>
            <translation>Chiude l'esercitazione (l'orologio viene salvato, in pausa)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="57" />
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="57" />
            <source>Close the exercise and quit Pactline</source>
            <translation>Chiude l'esercitazione ed esce da Pactline</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="59" />
            <source>&amp;Fit All</source>
            <translation>&amp;Adatta tutto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="59" />
            <source>Show the whole exercise on the timeline</source>
            <translation>Mostra l'intera esercitazione sulla linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="61" />
            <source>Zoom &amp;In</source>
            <translation>&amp;Ingrandisci</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="62" />
            <source>Zoom the timeline in</source>
            <translation>Ingrandisce la linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="63" />
            <source>Zoom &amp;Out</source>
            <translation>&amp;Riduci</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="64" />
            <source>Zoom the timeline out</source>
            <translation>Riduce la linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="65" />
            <source>&amp;Start Clock</source>
            <translation>&amp;Avvia orologio</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="66" />
            <source>Start or pause the exercise clock</source>
            <translation>Avvia o mette in pausa l'orologio dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="72" />
            <source>Speed {0}</source>
            <translation>Velocità {0}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="73" />
            <source>Run scenario time at {0} wall-clock speed</source>
            <translation>Fa scorrere il tempo dello scenario a {0} la velocità reale</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="78" />
            <source>Custom Speed…</source>
            <translation>Velocità personalizzata…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="79" />
            <source>Run the clock at a speed factor of your choice</source>
            <translation>Fa scorrere l'orologio al fattore di velocità scelto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="82" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Scorciatoie da tastiera</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="83" />
            <source>Every key Pactline answers to, with a search field</source>
            <translation>Ogni tasto a cui Pactline risponde, con un campo di ricerca</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="85" />
            <source>&amp;About Pactline</source>
            <translation>&amp;Informazioni su Pactline</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="85" />
            <source>Version of Pactline and what it does</source>
            <translation>Versione di Pactline e che cosa fa</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="88" />
            <location filename="../../gui/shell/actions.py" line="166" />
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="89" />
            <source>Nothing to undo</source>
            <translation>Niente da annullare</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="90" />
            <location filename="../../gui/shell/actions.py" line="167" />
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="91" />
            <source>Nothing to redo</source>
            <translation>Niente da ripetere</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="104" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="106" />
            <source>Open &amp;Recent</source>
            <translation>Apri &amp;recenti</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="114" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="118" />
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="126" />
            <source>E&amp;xercise</source>
            <translation>E&amp;sercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="133" />
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="168" />
            <source>Undo the last edit</source>
            <translation>Annulla l'ultima modifica</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="170" />
            <source>Redo the last undone edit</source>
            <translation>Ripete l'ultima modifica annullata</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="188" />
            <source>No Recent Exercises</source>
            <translation>Nessuna esercitazione recente</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="191" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Svuota menu</translation>
        </message>
        <message>
            <location filename="../../gui/shell/actions.py" line="193" />
            <source>Forget the recently opened exercises (the files stay where they are)</source>
            <translation>Dimentica le esercitazioni aperte di recente (i file restano dove sono)</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.app</name>
        <message>
            <location filename="../../gui/shell/app.py" line="114" />
            <source>Exercise cannot be edited here</source>
            <translation>L'esercitazione non può essere modificata qui</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="127" />
            <source>Cannot open exercise</source>
            <translation>Impossibile aprire l'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="135" />
            <source>Open a copy of the exercise</source>
            <translation>Apri una copia dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="147" />
            <source>Cannot copy the exercise</source>
            <translation>Impossibile copiare l'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="167" />
            <location filename="../../gui/shell/app.py" line="170" />
            <source>Cannot create the default exercise</source>
            <translation>Impossibile creare l'esercitazione predefinita</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="204" />
            <source>The last exercise did not open; the default exercise is open instead.</source>
            <translation>L'ultima esercitazione non si è aperta; è aperta invece l'esercitazione predefinita.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="206" />
            <source>The last exercise ({0}) was not opened; the default exercise is open instead.</source>
            <translation>L'ultima esercitazione ({0}) non è stata aperta; è aperta invece l'esercitazione predefinita.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="210" />
            <source>Cannot open the default exercise</source>
            <translation>Impossibile aprire l'esercitazione predefinita</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="214" />
            <source>{0}

The default exercise is open instead.</source>
            <translation>{0}

È aperta invece l'esercitazione predefinita.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/app.py" line="215" />
            <source>The last exercise did not open</source>
            <translation>L'ultima esercitazione non si è aperta</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.cli_language</name>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="22" />
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="22" />
            <source>positional arguments</source>
            <translation>argomenti posizionali</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="22" />
            <source>options</source>
            <translation>opzioni</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="23" />
            <source>show this help message and exit</source>
            <translation>mostra questo aiuto ed esce</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="23" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: errore: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="24" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argomento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="24" />
            <source>unrecognized arguments: %s</source>
            <translation>argomenti non riconosciuti: %s</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="25" />
            <source>not allowed with argument %s</source>
            <translation>non ammesso con l'argomento %s</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="25" />
            <source>ignored explicit argument %r</source>
            <translation>argomento esplicito ignorato: %r</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="26" />
            <source>the following arguments are required: %s</source>
            <translation>sono obbligatori i seguenti argomenti: %s</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="26" />
            <source>one of the arguments %s is required</source>
            <translation>è obbligatorio uno degli argomenti %s</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="27" />
            <source>expected one argument</source>
            <translation>atteso un argomento</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="27" />
            <source>expected at most one argument</source>
            <translation>atteso al massimo un argomento</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="28" />
            <source>expected at least one argument</source>
            <translation>atteso almeno un argomento</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="28" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opzione ambigua: %(option)s potrebbe corrispondere a %(matches)s</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="29" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valore %(type)s non valido: %(value)r</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="29" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>scelta non valida: %(value)r (scegliere tra %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="30" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossibile aprire '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="32" />
            <source>expected {0} argument</source>
            <translation>atteso {0} argomento</translation>
        </message>
        <message>
            <location filename="../../gui/shell/cli_language.py" line="32" />
            <source>expected {0} arguments</source>
            <translation>attesi {0} argomenti</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.command_line</name>
        <message>
            <location filename="../../gui/shell/command_line.py" line="33" />
            <source>this command needs an EXERCISE file</source>
            <translation>questo comando richiede un file ESERCITAZIONE</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="53" />
            <source>Log: {0} entry, head {head}</source>
            <translation>Registro: {0} voce, testa {head}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="54" />
            <source>Log: {0} entries, head {head}</source>
            <translation>Registro: {0} voci, testa {head}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="61" />
            <source>{head} (not sealed: the command line opens the exercise read-only; exports from the program seal it)</source>
            <translation>{head} (non sigillata: la riga di comando apre l'esercitazione in sola lettura; le esportazioni dal programma la sigillano)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="71" />
            <source>--verify-log needs an EXERCISE file</source>
            <translation>--verify-log richiede un file ESERCITAZIONE</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="86" />
            <source>latest seal: #{number} of {when} ({reason}): {entries} entries, head {head}</source>
            <translation>ultimo sigillo: #{number} del {when} ({reason}): {entries} voci, testa {head}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="88" />
            <source>latest seal: none yet</source>
            <translation>ultimo sigillo: ancora nessuno</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="95" />
            <source>{path}: {what} must end in {suffixes}</source>
            <translation>{path}: {what} deve terminare con {suffixes}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="96" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="103" />
            <source>an MSEL export</source>
            <translation>un'esportazione della MSEL</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="109" />
            <location filename="../../gui/shell/command_line.py" line="192" />
            <location filename="../../gui/shell/command_line.py" line="210" />
            <location filename="../../gui/shell/command_line.py" line="216" />
            <location filename="../../gui/shell/command_line.py" line="255" />
            <location filename="../../gui/shell/command_line.py" line="258" />
            <source>note: {0}</source>
            <translation>nota: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="110" />
            <source>{0} inject written to {target}</source>
            <translation>{0} inject scritto in {target}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="110" />
            <source>{0} injects written to {target}</source>
            <translation>{0} inject scritti in {target}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="131" />
            <source>--header-row {row}: give the sheet row of the headers, or 0 for none</source>
            <translation>--header-row {row}: indicare la riga del foglio con le intestazioni, o 0 se non c'è</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="187" />
            <source>{0} inject imported from {source} into {exercise}</source>
            <translation>{0} inject importato da {source} in {exercise}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="188" />
            <source>{0} injects imported from {source} into {exercise}</source>
            <translation>{0} inject importati da {source} in {exercise}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="206" />
            <location filename="../../gui/shell/command_line.py" line="209" />
            <source>{file} sheet '{sheet}'</source>
            <translation>{file} foglio '{sheet}'</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="213" />
            <source>{0} inject imported from {sheets} sheets of {source} into {exercise}</source>
            <translation>{0} inject importato da {sheets} fogli di {source} in {exercise}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="214" />
            <source>{0} injects imported from {sheets} sheets of {source} into {exercise}</source>
            <translation>{0} inject importati da {sheets} fogli di {source} in {exercise}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="217" />
            <source>note: sheet '{sheet}': {note}</source>
            <translation>nota: foglio '{sheet}': {note}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="228" />
            <source>dry run: {0} inject would be imported from {source} into {exercise} (nothing was written)</source>
            <translation>prova: {0} inject sarebbe importato da {source} in {exercise} (non è stato scritto nulla)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="230" />
            <source>dry run: {0} injects would be imported from {source} into {exercise} (nothing was written)</source>
            <translation>prova: {0} inject sarebbero importati da {source} in {exercise} (non è stato scritto nulla)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="231" />
            <source>columns:</source>
            <translation>colonne:</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="239" />
            <source>additional field '{0}'</source>
            <translation>campo aggiuntivo '{0}'</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="241" />
            <source>(not imported)</source>
            <translation>(non importata)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="243" />
            <source>rows:</source>
            <translation>righe:</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="252" />
            <source>row {0}: {1}</source>
            <translation>riga {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="253" />
            <source>how: {field}: {notation}</source>
            <translation>lettura: {field}: {notation}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="267" />
            <source>exercise package written to {target}</source>
            <translation>pacchetto dell'esercitazione scritto in {target}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="275" />
            <source>--import-package needs the EXERCISE file to create</source>
            <translation>--import-package richiede il file ESERCITAZIONE da creare</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="280" />
            <source>{source} imported into the new exercise {exercise}</source>
            <translation>{source} importato nella nuova esercitazione {exercise}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="291" />
            <source>{source}: a valid Pactline exercise package</source>
            <translation>{source}: un pacchetto di esercitazione Pactline valido</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="301" />
            <source>Cannot create {path}: {reason}</source>
            <translation>Impossibile creare {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="306" />
            <source>default exercise written to {target}</source>
            <translation>esercitazione predefinita scritta in {target}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="338" />
            <source>a comparison</source>
            <translation>un confronto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="354" />
            <source> on the branch '{0}'</source>
            <translation> sul ramo '{0}'</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="358" />
            <source>{options} treaty options compared at {when} on {incidents} incidents</source>
            <translation>{options} opzioni di trattato confrontate a {when} su {incidents} incidenti</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="362" />
            <source>{options} treaty options compared at {when}{branch}, written to {target}</source>
            <translation>{options} opzioni di trattato confrontate a {when}{branch}, scritte in {target}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="371" />
            <source>a calendar export</source>
            <translation>un'esportazione di calendario</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="378" />
            <source>{0} deadline of {signatory} written to {target} (times in UTC)</source>
            <translation>{0} scadenza di {signatory} scritta in {target} (orari in UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="379" />
            <source>{0} deadlines of {signatory} written to {target} (times in UTC)</source>
            <translation>{0} scadenze di {signatory} scritte in {target} (orari in UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="381" />
            <source>{0} deadline written to {target} (times in UTC)</source>
            <translation>{0} scadenza scritta in {target} (orari in UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="382" />
            <source>{0} deadlines written to {target} (times in UTC)</source>
            <translation>{0} scadenze scritte in {target} (orari in UTC)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="394" />
            <source>a report</source>
            <translation>un rapporto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="408" />
            <source>after-action report written to {target} ({0} page)</source>
            <translation>rapporto post-esercitazione scritto in {target} ({0} pagina)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="409" />
            <source>after-action report written to {target} ({0} pages)</source>
            <translation>rapporto post-esercitazione scritto in {target} ({0} pagine)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="412" />
            <source>after-action report written to {target}</source>
            <translation>rapporto post-esercitazione scritto in {target}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="417" />
            <source>a timeline image</source>
            <translation>un'immagine della cronologia</translation>
        </message>
        <message>
            <location filename="../../gui/shell/command_line.py" line="435" />
            <source>timeline written to {target}</source>
            <translation>cronologia scritta in {target}</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.file_commands</name>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="44" />
            <source>New from &amp;Default Exercise…</source>
            <translation>Nuova dall'esercitazione prede&amp;finita…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="45" />
            <source>Create a new exercise file from the shipped default exercise</source>
            <translation>Crea un nuovo file di esercitazione dall'esercitazione predefinita fornita</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="47" />
            <source>New &amp;Blank Exercise…</source>
            <translation>Nuova esercitazione v&amp;uota…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="48" />
            <source>Create an empty exercise: catalogues and treaty terms, no roster</source>
            <translation>Crea un'esercitazione vuota: cataloghi e termini del trattato, nessun firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="50" />
            <source>Save &amp;As…</source>
            <translation>&amp;Salva come…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="51" />
            <source>Write a consistent copy of the exercise and continue on the copy</source>
            <translation>Scrive una copia coerente dell'esercitazione e prosegue sulla copia</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="54" />
            <source>Export Exercise &amp;Package…</source>
            <translation>Esporta pacchetto dell'esercita&amp;zione…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="55" />
            <source>Write the whole exercise as one versioned JSON package another installation can import</source>
            <translation>Scrive l'intera esercitazione come un unico pacchetto JSON versionato che un'altra installazione può importare</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="58" />
            <source>&amp;Import Exercise Package…</source>
            <translation>Importa pacchetto del&amp;l'esercitazione…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="59" />
            <source>Create a new exercise file from a JSON package and open it</source>
            <translation>Crea un nuovo file di esercitazione da un pacchetto JSON e lo apre</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="81" />
            <source>Pactline</source>
            <translation>Pactline</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="81" />
            <source>That is the exercise already open; choose another file name.</source>
            <translation>È l'esercitazione già aperta; scegliere un altro nome di file.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="92" />
            <source>Cannot create the exercise</source>
            <translation>Impossibile creare l'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="97" />
            <source>New exercise from the default</source>
            <translation>Nuova esercitazione dalla predefinita</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="104" />
            <location filename="../../gui/shell/file_commands.py" line="107" />
            <source>New blank exercise</source>
            <translation>Nuova esercitazione vuota</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="104" />
            <source>Exercise name:</source>
            <translation>Nome dell'esercitazione:</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="104" />
            <source>New exercise</source>
            <translation>Nuova esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="121" />
            <source>Export exercise package</source>
            <translation>Esporta pacchetto dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="123" />
            <source>Pactline packages (*.json)</source>
            <translation>Pacchetti Pactline (*.json)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="132" />
            <source>Cannot export the package</source>
            <translation>Impossibile esportare il pacchetto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="134" />
            <source>Exercise package written to {0}</source>
            <translation>Pacchetto dell'esercitazione scritto in {0}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="140" />
            <source>Import exercise package</source>
            <translation>Importa pacchetto dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="141" />
            <source>Pactline packages (*.json);;All files (*)</source>
            <translation>Pacchetti Pactline (*.json);;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="144" />
            <source>New exercise file for the package</source>
            <translation>Nuovo file di esercitazione per il pacchetto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="156" />
            <source>Cannot import the package</source>
            <translation>Impossibile importare il pacchetto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="165" />
            <source>Save exercise as</source>
            <translation>Salva esercitazione come</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="172" />
            <source>Cannot save a copy</source>
            <translation>Impossibile salvare una copia</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="179" />
            <source>Saved as {0}: you are now working in this copy</source>
            <translation>Salvata come {0}: ora si lavora su questa copia</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="199" />
            <source>What-if resumed in part</source>
            <translation>Ipotesi ripresa in parte</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="200" />
            <source>The record was saved; these what-if changes could not be made again and were left out:</source>
            <translation>Il registro è stato salvato; queste modifiche dell'ipotesi non è stato possibile rifarle e sono state tralasciate:</translation>
        </message>
        <message>
            <location filename="../../gui/shell/file_commands.py" line="204" />
            <source>Saved the record as {0} (without the what-if's changes): you are now working in this copy, the what-if goes on</source>
            <translation>Registro salvato come {0} (senza le modifiche dell'ipotesi): ora si lavora su questa copia, l'ipotesi prosegue</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.pending_edits</name>
        <message>
            <location filename="../../gui/shell/pending_edits.py" line="86" />
            <source>{0} of {1} cannot be stored as typed</source>
            <translation>{0} di {1} non può essere salvato come digitato</translation>
        </message>
        <message>
            <location filename="../../gui/shell/pending_edits.py" line="87" />
            <source>The value typed in {0} cannot be stored</source>
            <translation>Il valore digitato in {0} non può essere salvato</translation>
        </message>
        <message>
            <location filename="../../gui/shell/pending_edits.py" line="89" />
            <source>Edit not stored</source>
            <translation>Modifica non salvata</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.shortcuts_dialog</name>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="25" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="26" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="27" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="28" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="29" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="30" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="31" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="32" />
            <source>Timeline</source>
            <translation>Linea temporale</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="25" />
            <source>Zoom in / zoom out</source>
            <translation>Ingrandisci / riduci</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="25" />
            <source>+  /  −  (or the mouse wheel)</source>
            <translation>+  /  −  (o la rotella del mouse)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="26" />
            <source>Pan earlier / later</source>
            <translation>Scorri prima / dopo</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="26" />
            <source>←  /  →  (or drag empty space)</source>
            <translation>←  /  →  (o trascinare uno spazio vuoto)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="27" />
            <source>Scroll the signatory lanes</source>
            <translation>Scorri le corsie dei firmatari</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="27" />
            <source>↑  /  ↓,  Page Up  /  Page Down</source>
            <translation>↑  /  ↓,  Pag su  /  Pag giù</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="28" />
            <source>Fit everything</source>
            <translation>Adatta tutto</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="28" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="29" />
            <source>Delete the selected incident</source>
            <translation>Elimina l'incidente selezionato</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="29" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="34" />
            <source>Delete  or  Backspace</source>
            <translation>Canc  o  Backspace</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="30" />
            <source>Move or drop without snapping to 15 minutes</source>
            <translation>Sposta o rilascia senza agganciare ai 15 minuti</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="30" />
            <source>hold Shift while dragging</source>
            <translation>tenere premuto Maiusc durante il trascinamento</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="31" />
            <source>Cancel a drag</source>
            <translation>Annulla un trascinamento</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="31" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="36" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="32" />
            <source>Edit the incident</source>
            <translation>Modifica l'incidente</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="32" />
            <source>double-click it</source>
            <translation>doppio clic su di esso</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="33" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="34" />
            <source>Commitments</source>
            <translation>Impegni</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="33" />
            <source>Record or edit the current cell</source>
            <translation>Registra o modifica la cella corrente</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="33" />
            <source>Enter  or  double-click</source>
            <translation>Invio  o  doppio clic</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="34" />
            <source>Delete the current cell's records</source>
            <translation>Elimina le registrazioni della cella corrente</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="35" />
            <location filename="../../gui/shell/shortcuts_dialog.py" line="36" />
            <source>Decision log</source>
            <translation>Registro delle decisioni</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="35" />
            <source>Record the entry</source>
            <translation>Registra la voce</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="35" />
            <source>Enter</source>
            <translation>Invio</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="36" />
            <source>Cancel a correction or clear the error</source>
            <translation>Annulla una correzione o cancella l'errore</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="70" />
            <source>Keyboard Shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="79" />
            <source>Find a command or a key…</source>
            <translation>Trova un comando o un tasto…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="117" />
            <source>Where</source>
            <translation>Dove</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="117" />
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <location filename="../../gui/shell/shortcuts_dialog.py" line="117" />
            <source>Keys</source>
            <translation>Tasti</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.status_line</name>
        <message>
            <location filename="../../gui/shell/status_line.py" line="26" />
            <source>READ-ONLY</source>
            <translation>SOLA LETTURA</translation>
        </message>
        <message>
            <location filename="../../gui/shell/status_line.py" line="28" />
            <source>This exercise is open read-only: use Save As to edit a copy</source>
            <translation>Questa esercitazione è aperta in sola lettura: usare Salva come per modificarne una copia</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.variant_commands</name>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="72" />
            <source>step {0} ({1}): {2}</source>
            <translation>passo {0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="84" />
            <source>What-If Variants</source>
            <translation>Varianti d'ipotesi</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="89" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="89" />
            <source>Saved</source>
            <translation>Salvata</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="89" />
            <source>Changes</source>
            <translation>Modifiche</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="91" />
            <source>No variant saved yet: in what-if mode, Edit › What-If › Save as Variant… keeps one.</source>
            <translation>Nessuna variante salvata: in modalità ipotesi, Modifica › Ipotesi › Salva come variante… ne conserva una.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="93" />
            <source>&amp;Open</source>
            <translation>&amp;Apri</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="95" />
            <source>&amp;Rename…</source>
            <translation>&amp;Rinomina…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="97" />
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="149" />
            <source>Rename Variant</source>
            <translation>Rinomina variante</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="149" />
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="169" />
            <source>Save as &amp;Variant…</source>
            <translation>Salva come &amp;variante…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="170" />
            <source>Keep this what-if's changes under a name, to open again later; the record's figures stay as they are</source>
            <translation>Conserva con un nome le modifiche di questa ipotesi, da riaprire in seguito; i dati del registro restano invariati</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="172" />
            <source>&amp;Open Variant…</source>
            <translation>Apri varia&amp;nte…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="173" />
            <source>List the saved what-if variants: open one as a what-if, rename or delete it</source>
            <translation>Elenca le varianti d'ipotesi salvate: aprirne una come ipotesi, rinominarla o eliminarla</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="224" />
            <source>Save as Variant</source>
            <translation>Salva come variante</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="224" />
            <source>Name of the variant:</source>
            <translation>Nome della variante:</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="225" />
            <source>What-if {0}</source>
            <translation>Ipotesi {0}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="241" />
            <source>Save variant “{0}”</source>
            <translation>Salva la variante “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="244" />
            <source>What-if saved as the variant “{0}”</source>
            <translation>Ipotesi salvata come variante “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="254" />
            <source>Rename variant “{0}”</source>
            <translation>Rinomina la variante “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="265" />
            <source>Delete variant “{0}”</source>
            <translation>Elimina la variante “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="304" />
            <source>Variant opened in part</source>
            <translation>Variante aperta in parte</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="305" />
            <source>“{0}” is open as a what-if, but these of its changes no longer apply to the record and were left out:</source>
            <translation>“{0}” è aperta come ipotesi, ma queste sue modifiche non si applicano più al registro e sono state tralasciate:</translation>
        </message>
        <message>
            <location filename="../../gui/shell/variant_commands.py" line="309" />
            <source>Variant “{0}” opened as a what-if: the record is not changed</source>
            <translation>Variante “{0}” aperta come ipotesi: il registro non è modificato</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.welcome_page</name>
        <message>
            <location filename="../../gui/shell/welcome_page.py" line="18" />
            <source>No exercise open</source>
            <translation>Nessuna esercitazione aperta</translation>
        </message>
        <message>
            <location filename="../../gui/shell/welcome_page.py" line="24" />
            <source>Open an exercise file, or the default exercise that ships with Pactline.</source>
            <translation>Aprire un file di esercitazione, o l'esercitazione predefinita fornita con Pactline.</translation>
        </message>
    </context>
    <context>
        <name>gui.shell.what_if_commands</name>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="39" />
            <source>Apply makes them one edit of the record (one log entry, one Undo). Discard forgets them: the record stays as it is.</source>
            <translation>Applica ne fa un'unica modifica del registro (una voce nel log, un solo Annulla). Scarta le dimentica: il registro resta com'è.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="41" />
            <source>&amp;Apply to the Record</source>
            <translation>&amp;Applica al registro</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="42" />
            <source>&amp;Save as Variant…</source>
            <translation>Salva come &amp;variante…</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="43" />
            <source>&amp;Discard</source>
            <translation>&amp;Scarta</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="59" />
            <source>WHAT-IF — not the record</source>
            <translation>IPOTESI — non è il registro</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="66" />
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="68" />
            <source>Show the record's and the what-if's figures side by side</source>
            <translation>Mostra affiancate le cifre del registro e dell'ipotesi</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="92" />
            <source>Met</source>
            <translation>Rispettati</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="92" />
            <source>Missed</source>
            <translation>Mancati</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="92" />
            <source>Pending</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="93" />
            <source>Gates broken</source>
            <translation>Vincoli violati</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="93" />
            <source>Parliamentary gates</source>
            <translation>Vincoli parlamentari</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="94" />
            <source>Proportionality gaps</source>
            <translation>Lacune di proporzionalità</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="96" />
            <source>Provision milestones overdue</source>
            <translation>Tappe delle disposizioni in ritardo</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="101" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="101" />
            <source>What-if</source>
            <translation>Ipotesi</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="109" />
            <source>{0} of {1}</source>
            <translation>{0} su {1}</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="113" />
            <source>{0}: worst consultation {1} h late (record: {2} h)</source>
            <translation>{0}: consultazione peggiore in ritardo di {1} h (registro: {2} h)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="125" />
            <source>&amp;What-If Mode</source>
            <translation>Modalità &amp;ipotesi</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="126" />
            <source>Try changes on a scratch copy: the record and its log are not touched</source>
            <translation>Provare modifiche su una copia di lavoro: il registro e il suo log non vengono toccati</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="128" />
            <source>&amp;Discard What-If</source>
            <translation>&amp;Scarta ipotesi</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="129" />
            <source>Leave what-if mode and forget its changes; the record is as it was</source>
            <translation>Uscire dalla modalità ipotesi e dimenticarne le modifiche; il registro resta com'era</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="131" />
            <source>&amp;Apply What-If to the Record</source>
            <translation>&amp;Applica l'ipotesi al registro</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="132" />
            <source>Make the what-if's changes in the record as one edit (one log entry, one Undo); the record is backed up first</source>
            <translation>Apporta le modifiche dell'ipotesi al registro come un'unica modifica (una voce di log, un Annulla); prima si salva una copia del registro</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="135" />
            <source>What-&amp;If</source>
            <translation>Ipo&amp;tesi</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="171" />
            <source>What-if discarded: the record is shown as it is</source>
            <translation>Ipotesi scartata: il registro è mostrato com'è</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="175" />
            <source>What-if applied to the record (Undo takes it back)</source>
            <translation>Ipotesi applicata al registro (Annulla la ritira)</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="191" />
            <source>This what-if holds 1 change that is not in the record.</source>
            <translation>Questa ipotesi contiene 1 modifica che non è nel registro.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="192" />
            <source>This what-if holds {0} changes that are not in the record.</source>
            <translation>Questa ipotesi contiene {0} modifiche che non sono nel registro.</translation>
        </message>
        <message>
            <location filename="../../gui/shell/what_if_commands.py" line="193" />
            <source>Leave what-if mode?</source>
            <translation>Uscire dalla modalità ipotesi?</translation>
        </message>
    </context>
    <context>
        <name>gui.terms.exercise_settings_dialog</name>
        <message>
            <location filename="../../gui/terms/exercise_settings_dialog.py" line="35" />
            <source>Marking colour</source>
            <translation>Colore della fascia</translation>
        </message>
    </context>
    <context>
        <name>gui.terms.parties</name>
        <message>
            <location filename="../../gui/terms/parties.py" line="27" />
            <source>signed</source>
            <translation>firma</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="27" />
            <source>ratified</source>
            <translation>ratifica</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="27" />
            <source>in force</source>
            <translation>entrata in vigore</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="39" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="39" />
            <source>Signatory</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="39" />
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="39" />
            <source>Bound on</source>
            <translation>Base del vincolo</translation>
        </message>
        <message>
            <location filename="../../gui/terms/parties.py" line="40" />
            <source>From</source>
            <translation>Dal</translation>
        </message>
    </context>
    <context>
        <name>gui.terms.planning</name>
        <message>
            <location filename="../../gui/terms/planning.py" line="30" />
            <source>&amp;Treaty Terms…</source>
            <translation>&amp;Termini del trattato…</translation>
        </message>
        <message>
            <location filename="../../gui/terms/planning.py" line="31" />
            <source>Edit the treaty terms and compare treaty options</source>
            <translation>Modifica i termini del trattato e confronta le opzioni di trattato</translation>
        </message>
        <message>
            <location filename="../../gui/terms/planning.py" line="33" />
            <source>Exercise &amp;Settings…</source>
            <translation>&amp;Impostazioni dell'esercitazione…</translation>
        </message>
        <message>
            <location filename="../../gui/terms/planning.py" line="34" />
            <source>Name, description, classification marking, STARTEX and ENDEX</source>
            <translation>Nome, descrizione, classifica, STARTEX ed ENDEX</translation>
        </message>
    </context>
    <context>
        <name>gui.timeline.look</name>
        <message>
            <location filename="../../gui/timeline/look.py" line="53" />
            <source>airspace</source>
            <translation>spazio aereo</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="53" />
            <source>hybrid</source>
            <translation>ibrido</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="53" />
            <source>cyber</source>
            <translation>cyber</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="54" />
            <source>energy</source>
            <translation>energia</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="54" />
            <source>missile</source>
            <translation>missili</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="54" />
            <source>blockade</source>
            <translation>blocco</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="55" />
            <source>incursion</source>
            <translation>incursione</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="55" />
            <source>on-forces</source>
            <translation>sulle forze</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/look.py" line="55" />
            <source>offensive</source>
            <translation>offensiva</translation>
        </message>
    </context>
    <context>
        <name>gui.timeline.provisions</name>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="139" />
            <source>Pledged: {0}</source>
            <translation>Impegno assunto: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="150" />
            <source>{who} {title}: delivered {amount} at {when}</source>
            <translation>{who} {title}: consegnati {amount} il {when}</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="152" />
            <source>(no amount)</source>
            <translation>(nessuna quantità)</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="156" />
            <source>Against the milestone “{0}”</source>
            <translation>A fronte della tappa “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="166" />
            <source>Milestone “{0}”</source>
            <translation>Tappa “{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="169" />
            <source>Asks for: {0}</source>
            <translation>Richiede: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="171" />
            <location filename="../../gui/timeline/provisions.py" line="173" />
            <source>Delivered: {0}</source>
            <translation>Consegnato: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="174" />
            <source>Due: {0}</source>
            <translation>Termine: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="176" />
            <source> (late)</source>
            <translation> (in ritardo)</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="178" />
            <source>not owed: the option shown does not bind this signatory by then</source>
            <translation>non dovuta: l'opzione mostrata non vincola questo firmatario entro tale data</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="179" />
            <source>Status: {0}</source>
            <translation>Stato: {0}</translation>
        </message>
        <message>
            <location filename="../../gui/timeline/provisions.py" line="181" />
            <source>Figures assumed</source>
            <translation>Dati ipotizzati</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../main.py" line="22" />
            <source>Pactline plans and runs table-top exercises of a multilateral security-guarantee
treaty: signatory rosters, incidents, reaction and consultation countdowns,
proportional responses and parliamentary gates. It works offline.</source>
            <translation>Pactline pianifica e conduce esercitazioni da tavolo di un trattato multilaterale di garanzie
di sicurezza: elenchi dei firmatari, incidenti, conti alla rovescia di reazione e consultazione,
risposte proporzionate e vincoli di approvazione parlamentare. Funziona senza rete.</translation>
        </message>
        <message>
            <location filename="../../main.py" line="27" />
            <source>With no EXERCISE, Pactline reopens the exercise you had open last. If that file
is gone or does not open, it opens the default exercise in your data folder,
creating it on first start.

examples:
  pactline                              reopen the last exercise (or the default one)
  pactline drill.pactline               open drill.pactline
  pactline --new-default drill.pactline create a fresh default exercise and open it
  pactline --create-default drill.pactline
                                        create it without opening a window (for scripts)
  pactline --self-test                  check the installation and exit
  pactline drill.pactline --export-report aar.pdf
                                        write the after-action report without a window
  pactline drill.pactline --import-msel msel.xlsx
                                        add the injects of a spreadsheet MSEL
  pactline new.pactline --import-package drill.json
                                        create new.pactline from an exercise package
  pactline drill.pactline --verify-log --expect-head 1a2b3c4d5e6f7a8b
                                        check the log against the head printed on a report
  pactline drill.pactline --compare-options
                                        print how each treaty option judges the same play
  pactline drill.pactline --compare-options options.csv
                                        write that comparison as CSV
  pactline drill.pactline --compare-options --outcome rejects
                                        the same on the branch where the adversary rejects
  pactline drill.pactline --export-ics deadlines.ics --signatory IT
                                        write Italy's deadlines for a calendar program</source>
            <translation>Senza ESERCITAZIONE, Pactline riapre l'ultima esercitazione aperta. Se quel file
non c'è più o non si apre, apre l'esercitazione predefinita nella cartella dei
dati, creandola al primo avvio.

esempi:
  pactline                              riapre l'ultima esercitazione (o quella predefinita)
  pactline drill.pactline               apre drill.pactline
  pactline --new-default drill.pactline crea una nuova esercitazione predefinita e la apre
  pactline --create-default drill.pactline
                                        la crea senza aprire una finestra (per gli script)
  pactline --self-test                  verifica l'installazione ed esce
  pactline drill.pactline --export-report aar.pdf
                                        scrive il rapporto post-esercitazione senza finestra
  pactline drill.pactline --import-msel msel.xlsx
                                        aggiunge gli inject di una MSEL in foglio di calcolo
  pactline new.pactline --import-package drill.json
                                        crea new.pactline da un pacchetto di esercitazione
  pactline drill.pactline --verify-log --expect-head 1a2b3c4d5e6f7a8b
                                        verifica il registro con la testa stampata su un rapporto
  pactline drill.pactline --compare-options
                                        mostra come ciascuna opzione di trattato giudica lo stesso gioco
  pactline drill.pactline --compare-options options.csv
                                        scrive quel confronto in CSV
  pactline drill.pactline --compare-options --outcome rejects
                                        lo stesso sul ramo in cui l'avversario rifiuta
  pactline drill.pactline --export-ics deadlines.ics --signatory IT
                                        scrive le scadenze dell'Italia per un programma di calendario</translation>
        </message>
        <message>
            <location filename="../../main.py" line="59" />
            <source>EXERCISE</source>
            <translation>ESERCITAZIONE</translation>
        </message>
        <message>
            <location filename="../../main.py" line="60" />
            <source>exercise file (.pactline) to open; a file you may not write opens read-only</source>
            <translation>file di esercitazione (.pactline) da aprire; un file che non si può scrivere si apre in sola lettura</translation>
        </message>
        <message>
            <location filename="../../main.py" line="61" />
            <location filename="../../main.py" line="131" />
            <source>PATH</source>
            <translation>PERCORSO</translation>
        </message>
        <message>
            <location filename="../../main.py" line="62" />
            <source>create a new copy of the default exercise at PATH (which must not exist yet) and open it</source>
            <translation>crea una nuova copia dell'esercitazione predefinita in PERCORSO (che non deve ancora esistere) e la apre</translation>
        </message>
        <message>
            <location filename="../../main.py" line="65" />
            <source>create the default exercise in a temporary folder, build the main window without showing it, run one assessment, print a one-line summary and exit (0 if everything worked, 1 with the reason otherwise)</source>
            <translation>crea l'esercitazione predefinita in una cartella temporanea, costruisce la finestra principale senza mostrarla, esegue una valutazione, stampa un riepilogo di una riga ed esce (0 se tutto ha funzionato, altrimenti 1 con il motivo)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="69" />
            <source>print the version and exit</source>
            <translation>stampa la versione ed esce</translation>
        </message>
        <message>
            <location filename="../../main.py" line="71" />
            <source>headless commands</source>
            <translation>comandi senza finestra</translation>
        </message>
        <message>
            <location filename="../../main.py" line="72" />
            <source>Work on EXERCISE without opening a window, print what was done and exit: 0 on success, 2 with the reason on bad input. One command per run.</source>
            <translation>Lavorano su ESERCITAZIONE senza aprire una finestra, stampano ciò che è stato fatto ed escono: 0 in caso di successo, 2 con il motivo se i dati non sono validi. Un comando per esecuzione.</translation>
        </message>
        <message>
            <location filename="../../main.py" line="75" />
            <location filename="../../main.py" line="77" />
            <location filename="../../main.py" line="79" />
            <location filename="../../main.py" line="112" />
            <location filename="../../main.py" line="117" />
            <location filename="../../main.py" line="121" />
            <source>OUT</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location filename="../../main.py" line="75" />
            <source>write the after-action report of EXERCISE as PDF (OUT.pdf) or as one self-contained HTML file (OUT.html)</source>
            <translation>scrive il rapporto post-esercitazione di ESERCITAZIONE in PDF (FILE.pdf) o in un unico file HTML autonomo (FILE.html)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="77" />
            <source>write the timeline of EXERCISE as an image: OUT.png or OUT.svg</source>
            <translation>scrive la cronologia di ESERCITAZIONE come immagine: FILE.png o FILE.svg</translation>
        </message>
        <message>
            <location filename="../../main.py" line="79" />
            <source>write the MSEL of EXERCISE with HSEEP column names: OUT.csv or OUT.xlsx</source>
            <translation>scrive la MSEL di ESERCITAZIONE con i nomi di colonna HSEEP: FILE.csv o FILE.xlsx</translation>
        </message>
        <message>
            <location filename="../../main.py" line="81" />
            <source>SHEET</source>
            <translation>FOGLIO</translation>
        </message>
        <message>
            <location filename="../../main.py" line="81" />
            <source>add the injects of a CSV or XLSX MSEL to EXERCISE (columns guessed from their headers; nothing is stored unless every row is valid)</source>
            <translation>aggiunge a ESERCITAZIONE gli inject di una MSEL CSV o XLSX (colonne riconosciute dalle intestazioni; non si memorizza nulla se non sono valide tutte le righe)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="84" />
            <location filename="../../main.py" line="124" />
            <source>NAME</source>
            <translation>NOME</translation>
        </message>
        <message>
            <location filename="../../main.py" line="85" />
            <source>with --import-msel: the workbook sheet to read (default: the first); repeat it to import several sheets, each sheet a phase</source>
            <translation>con --import-msel: il foglio della cartella di lavoro da leggere (predefinito: il primo); ripeterlo per importare più fogli, ciascuno come una fase</translation>
        </message>
        <message>
            <location filename="../../main.py" line="87" />
            <source>MSEL import choices</source>
            <translation>opzioni di importazione della MSEL</translation>
        </message>
        <message>
            <location filename="../../main.py" line="87" />
            <source>With --import-msel: how to read the sheet.</source>
            <translation>Con --import-msel: come leggere il foglio.</translation>
        </message>
        <message>
            <location filename="../../main.py" line="88" />
            <source>COLUMN=FIELD</source>
            <translation>COLONNA=CAMPO</translation>
        </message>
        <message>
            <location filename="../../main.py" line="89" />
            <source>import COLUMN as FIELD, e.g. "Event Time=scenario_time" (repeatable; FIELD "ignore" skips a column); other columns are guessed from their headers</source>
            <translation>importa COLONNA come CAMPO, ad es. "Event Time=scenario_time" (ripetibile; CAMPO "ignore" salta una colonna); le altre colonne sono riconosciute dalle intestazioni</translation>
        </message>
        <message>
            <location filename="../../main.py" line="91" />
            <source>COLUMN</source>
            <translation>COLONNA</translation>
        </message>
        <message>
            <location filename="../../main.py" line="92" />
            <source>neither import COLUMN nor keep it as an additional field (repeatable)</source>
            <translation>non importare COLONNA né conservarla come campo aggiuntivo (ripetibile)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="93" />
            <source>PROFILE.json</source>
            <translation>PROFILO.json</translation>
        </message>
        <message>
            <location filename="../../main.py" line="94" />
            <source>a mapping profile saved by the import dialog: its columns, time reading and value maps (--map and the choices below override it)</source>
            <translation>un profilo di corrispondenza salvato dalla finestra di importazione: colonne, lettura degli orari e corrispondenze dei valori (--map e le opzioni seguenti hanno la precedenza)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="96" />
            <source>D+0|D+n|previous</source>
            <translation>D+0|D+n|previous</translation>
        </message>
        <message>
            <location filename="../../main.py" line="97" />
            <source>read clock times without a day on STARTEX's day (D+0, the default), on day D+n, or on the previous row's day (the next day when the clock goes back)</source>
            <translation>legge gli orari senza giorno nel giorno di STARTEX (D+0, predefinito), nel giorno D+n o nel giorno della riga precedente (il giorno dopo quando l'ora torna indietro)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="99" />
            <source>ZONE</source>
            <translation>FUSO</translation>
        </message>
        <message>
            <location filename="../../main.py" line="99" />
            <source>the time zone of times that name none, e.g. Europe/Rome (default: UTC)</source>
            <translation>il fuso orario degli orari che non ne indicano uno, ad es. Europe/Rome (predefinito: UTC)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="102" />
            <source>move the whole MSEL so its first inject falls on STARTEX, keeping the spacing</source>
            <translation>sposta l'intera MSEL in modo che il primo inject cada su STARTEX, mantenendo la spaziatura</translation>
        </message>
        <message>
            <location filename="../../main.py" line="104" />
            <source>propose STARTEX and ENDEX from the first and last inject of the sheet</source>
            <translation>propone STARTEX ed ENDEX dal primo e dall'ultimo inject del foglio</translation>
        </message>
        <message>
            <location filename="../../main.py" line="105" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location filename="../../main.py" line="106" />
            <source>the sheet row holding the column names (0: none, the columns are A, B, C…)</source>
            <translation>la riga del foglio con i nomi delle colonne (0: nessuna, le colonne sono A, B, C…)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="107" />
            <source>number the injects afresh, continuing the MSEL</source>
            <translation>numera gli inject da capo, proseguendo la MSEL</translation>
        </message>
        <message>
            <location filename="../../main.py" line="109" />
            <source>renumber, keeping the sheet's number in each inject's notes ("Sheet #: 7")</source>
            <translation>rinumera, conservando il numero del foglio nelle note di ciascun inject ("Sheet #: 7")</translation>
        </message>
        <message>
            <location filename="../../main.py" line="111" />
            <source>print what would be imported, per column and row, and write nothing</source>
            <translation>stampa ciò che verrebbe importato, per colonna e per riga, e non scrive nulla</translation>
        </message>
        <message>
            <location filename="../../main.py" line="112" />
            <source>write EXERCISE as one versioned JSON package (OUT.json)</source>
            <translation>scrive ESERCITAZIONE come un unico pacchetto JSON con versione (FILE.json)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="114" />
            <location filename="../../main.py" line="116" />
            <source>PACKAGE</source>
            <translation>PACCHETTO</translation>
        </message>
        <message>
            <location filename="../../main.py" line="114" />
            <source>create the new exercise file EXERCISE from a JSON package</source>
            <translation>crea il nuovo file di esercitazione ESERCITAZIONE da un pacchetto JSON</translation>
        </message>
        <message>
            <location filename="../../main.py" line="116" />
            <source>check a JSON package without importing it</source>
            <translation>verifica un pacchetto JSON senza importarlo</translation>
        </message>
        <message>
            <location filename="../../main.py" line="118" />
            <source>judge EXERCISE under each of its treaty options on the same record, at its clock's scenario time, and print the comparison as a table (or write it as CSV to OUT.csv)</source>
            <translation>giudica ESERCITAZIONE con ciascuna delle sue opzioni di trattato sugli stessi dati, all'ora di scenario del suo orologio, e stampa il confronto come tabella (o lo scrive in CSV in FILE.csv)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="121" />
            <source>write the deadlines of EXERCISE (reactions, consultations, commitments taking effect) as an iCalendar file (OUT.ics) for Outlook or Thunderbird</source>
            <translation>scrive le scadenze di ESERCITAZIONE (reazioni, consultazioni, impegni che entrano in vigore) come file iCalendar (FILE.ics) per Outlook o Thunderbird</translation>
        </message>
        <message>
            <location filename="../../main.py" line="124" />
            <source>with --compare-options or --export-report: judge the treaty options on the trunk plus this branch outcome (e.g. rejects, or "Adversary's answer to the treaty offer: rejects")</source>
            <translation>con --compare-options o --export-report: valuta le opzioni di trattato sul tronco più questo esito del ramo (ad es. rejects, oppure "Adversary's answer to the treaty offer: rejects")</translation>
        </message>
        <message>
            <location filename="../../main.py" line="127" />
            <source>WHEN</source>
            <translation>QUANDO</translation>
        </message>
        <message>
            <location filename="../../main.py" line="127" />
            <source>with --compare-options: judge as of ENDEX, the exercise clock (clock, the default) or a scenario time such as "D+3 12:00"</source>
            <translation>con --compare-options: valuta a ENDEX, all'orologio dell'esercitazione (clock, il valore predefinito) o a un'ora dello scenario come "D+3 12:00"</translation>
        </message>
        <message>
            <location filename="../../main.py" line="129" />
            <source>ISO</source>
            <translation>ISO</translation>
        </message>
        <message>
            <location filename="../../main.py" line="129" />
            <source>with --export-ics: only the deadlines of this signatory (its ISO code, e.g. IT)</source>
            <translation>con --export-ics: solo le scadenze di questo firmatario (il suo codice ISO, ad es. IT)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="131" />
            <source>write a fresh copy of the default exercise at PATH (which must not exist yet), without opening a window</source>
            <translation>scrive una nuova copia dell'esercitazione predefinita in PERCORSO (che non deve ancora esistere), senza aprire una finestra</translation>
        </message>
        <message>
            <location filename="../../main.py" line="133" />
            <source>check the decision log of EXERCISE: its hash chain and its latest seal; print the verdict, the entries and the head hash; exit 0 if intact, 1 if altered or truncated (naming the entry), 2 on a bad file</source>
            <translation>verifica il registro delle decisioni di ESERCITAZIONE: la catena di hash e l'ultimo sigillo; stampa l'esito, le voci e l'hash della testa; esce con 0 se integro, 1 se alterato o troncato (indicando la voce), 2 se il file non è valido</translation>
        </message>
        <message>
            <location filename="../../main.py" line="136" />
            <source>HASH</source>
            <translation>HASH</translation>
        </message>
        <message>
            <location filename="../../main.py" line="136" />
            <source>with --verify-log: a head hash kept from a printed report or an export (its first 16 hex digits are enough); the log must still contain it</source>
            <translation>con --verify-log: un hash della testa conservato da un rapporto stampato o da un'esportazione (bastano le prime 16 cifre esadecimali); il registro deve ancora contenerlo</translation>
        </message>
        <message>
            <location filename="../../main.py" line="154" />
            <source>--{option} goes with --import-msel</source>
            <translation>--{option} va usato con --import-msel</translation>
        </message>
        <message>
            <location filename="../../main.py" line="158" />
            <source>--expect-head goes with --verify-log</source>
            <translation>--expect-head va usato con --verify-log</translation>
        </message>
        <message>
            <location filename="../../main.py" line="161" />
            <source>--signatory goes with --export-ics</source>
            <translation>--signatory va usato con --export-ics</translation>
        </message>
        <message>
            <location filename="../../main.py" line="164" />
            <source>--outcome goes with --compare-options or --export-report</source>
            <translation>--outcome va usato con --compare-options o --export-report</translation>
        </message>
        <message>
            <location filename="../../main.py" line="167" />
            <source>--at goes with --compare-options</source>
            <translation>--at va usato con --compare-options</translation>
        </message>
        <message>
            <location filename="../../main.py" line="296" />
            <source>Pactline {version} self-test FAILED: {error}</source>
            <translation>Pactline {version}: autodiagnosi NON RIUSCITA: {error}</translation>
        </message>
        <message>
            <location filename="../../main.py" line="319" />
            <source>the roster shows {rows} rows for {signatories} signatories</source>
            <translation>l'elenco mostra {rows} righe per {signatories} firmatari</translation>
        </message>
        <message>
            <location filename="../../main.py" line="322" />
            <source>the countdown panel is empty on the default exercise</source>
            <translation>il pannello dei conti alla rovescia è vuoto nell'esercitazione predefinita</translation>
        </message>
        <message>
            <location filename="../../main.py" line="324" />
            <source>the status bar shows no scenario time</source>
            <translation>la barra di stato non mostra alcun orario di scenario</translation>
        </message>
        <message>
            <location filename="../../main.py" line="330" />
            <source>the ORM reads another roster than the window shows</source>
            <translation>l'ORM legge un elenco diverso da quello mostrato dalla finestra</translation>
        </message>
        <message>
            <location filename="../../main.py" line="338" />
            <source>printing the playbook to {name} gave no PDF</source>
            <translation>la stampa del manuale MSEL in {name} non ha prodotto un PDF</translation>
        </message>
        <message>
            <location filename="../../main.py" line="342" />
            <source>translations missing from the bundle: {0}</source>
            <translation>traduzioni mancanti nel pacchetto: {0}</translation>
        </message>
        <message>
            <location filename="../../main.py" line="346" />
            <source>Pactline {version} self-test OK: {signatories} signatories, {incidents} incidents, obligations met {met} / pending {pending} / missed {missed}, {countdowns} countdowns, a {pages}-page playbook PDF, scenario time {time}</source>
            <translation>Pactline {version}: autodiagnosi riuscita: {signatories} firmatari, {incidents} incidenti, obblighi rispettati {met} / in corso {pending} / mancati {missed}, {countdowns} conti alla rovescia, un PDF del manuale MSEL di {pages} pagine, orario di scenario {time}</translation>
        </message>
        <message>
            <location filename="../../main.py" line="377" />
            <source>give either EXERCISE or --new-default PATH, not both</source>
            <translation>indicare ESERCITAZIONE oppure --new-default PERCORSO, non entrambi</translation>
        </message>
        <message>
            <location filename="../../main.py" line="379" />
            <source>give either EXERCISE or --create-default PATH, not both</source>
            <translation>indicare ESERCITAZIONE oppure --create-default PERCORSO, non entrambi</translation>
        </message>
    </context>
    <context>
        <name>model.branch_report</name>
        <message>
            <location filename="../../model/branch_report.py" line="61" />
            <source>Resolved at {when}: {outcome}</source>
            <translation>Risolto a {when}: {outcome}</translation>
        </message>
        <message>
            <location filename="../../model/branch_report.py" line="63" />
            <source>Not resolved in play</source>
            <translation>Non risolto nel gioco</translation>
        </message>
    </context>
    <context>
        <name>model.branching</name>
        <message>
            <location filename="../../model/branching.py" line="52" />
            <source>branch point {bp_id}'s time is not a time Pactline writes</source>
            <translation>l'orario del punto di diramazione {bp_id} non è un orario scritto da Pactline</translation>
        </message>
        <message>
            <location filename="../../model/branching.py" line="135" />
            <source>none (the exercise has no branch points)</source>
            <translation>nessuno (l'esercitazione non ha punti di diramazione)</translation>
        </message>
        <message>
            <location filename="../../model/branching.py" line="137" />
            <source>outcome '{name}' is an answer to several questions; name it as 'Question: outcome' ({known})</source>
            <translation>l'esito '{name}' risponde a più domande; indicarlo come 'Domanda: esito' ({known})</translation>
        </message>
        <message>
            <location filename="../../model/branching.py" line="139" />
            <source>there is no outcome '{name}' in this exercise; its outcomes are: {known}</source>
            <translation>in questa esercitazione non c'è l'esito '{name}'; i suoi esiti sono: {known}</translation>
        </message>
    </context>
    <context>
        <name>model.calendar_export</name>
        <message>
            <location filename="../../model/calendar_export.py" line="50" />
            <source>{signatory}: no signatory of this exercise has that code (they are {0})</source>
            <translation>{signatory}: nessun firmatario di questa esercitazione ha quel codice (i codici sono {0})</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="63" />
            <source>Capital times:</source>
            <translation>Ore nelle capitali:</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="66" />
            <source>Reaction</source>
            <translation>Reazione</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="66" />
            <source>[EXERCISE] Reaction deadline {incident} ({who})</source>
            <translation>[EXERCISE] Scadenza di reazione {incident} ({who})</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="67" />
            <source>Reaction deadline of incident {incident}: {when} UTC</source>
            <translation>Scadenza di reazione dell'incidente {incident}: {when} UTC</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="68" />
            <source>Consultation</source>
            <translation>Consultazione</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="68" />
            <source>[EXERCISE] Consultation deadline {incident} ({who})</source>
            <translation>[EXERCISE] Scadenza di consultazione {incident} ({who})</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="69" />
            <source>Consultation deadline of incident {incident}: {when} UTC</source>
            <translation>Scadenza di consultazione dell'incidente {incident}: {when} UTC</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="81" />
            <source>{0} signatory</source>
            <translation>{0} firmatario</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="82" />
            <source>{0} signatories</source>
            <translation>{0} firmatari</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="90" />
            <source>Owed by: {0}</source>
            <translation>Dovuta da: {0}</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="104" />
            <source>[EXERCISE] {code} {measure} effective ({incident})</source>
            <translation>[EXERCISE] {code} {measure} efficace ({incident})</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="107" />
            <source>{signatory}: {measure} for incident {incident}, effective {when} UTC</source>
            <translation>{signatory}: {measure} per l'incidente {incident}, efficace da {when} UTC</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="110" />
            <source>Commitment</source>
            <translation>Impegno</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="134" />
            <source>[EXERCISE] {code} {provision}: {what}</source>
            <translation>[EXERCISE] {code} {provision}: {what}</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="137" />
            <source>{signatory}, standing provision {provision}: {what}{due} due {when} UTC</source>
            <translation>{signatory}, disposizione permanente {provision}: {what}{due} in scadenza {when} UTC</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="140" />
            <source>Status at the exercise clock: {0}</source>
            <translation>Stato all'orologio dell'esercitazione: {0}</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="141" />
            <source> (figures assumed)</source>
            <translation> (cifre ipotizzate)</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="142" />
            <source>Provision milestone</source>
            <translation>Tappa di disposizione</translation>
        </message>
        <message>
            <location filename="../../model/calendar_export.py" line="158" />
            <source>there are no deadlines to export yet: add an incident first</source>
            <translation>non ci sono ancora scadenze da esportare: aggiungere prima un incidente</translation>
        </message>
    </context>
    <context>
        <name>model.comparison_table</name>
        <message>
            <location filename="../../model/comparison_table.py" line="24" />
            <source>collective pact</source>
            <translation>patto collettivo</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="25" />
            <source>force stationed in the protected state</source>
            <translation>forza di stanza nello Stato protetto</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="26" />
            <source>bilateral agreements only</source>
            <translation>solo accordi bilaterali</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="27" />
            <source>acceptable</source>
            <translation>accettabile</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="27" />
            <source>rejects it</source>
            <translation>lo respinge</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="28" />
            <source>unavailable (veto)</source>
            <translation>non disponibile (veto)</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="28" />
            <source>not known</source>
            <translation>posizione non nota</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="44" />
            <source>(assumed)</source>
            <translation>(ipotesi)</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="54" />
            <source>Option</source>
            <translation>Opzione</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="55" />
            <source>Demands</source>
            <translation>Prevede</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="56" />
            <source>Obligations met / missed / pending</source>
            <translation>Obblighi rispettati / mancati / in corso</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="57" />
            <source>Reactions met / missed / pending</source>
            <translation>Reazioni rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="58" />
            <source>Consultations met / missed / pending</source>
            <translation>Consultazioni rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="59" />
            <source>Reaction latency median / worst</source>
            <translation>Latenza di reazione mediana / peggiore</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="60" />
            <source>Consultation latency median / worst</source>
            <translation>Latenza di consultazione mediana / peggiore</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="61" />
            <source>Incidents with a proportionality gap</source>
            <translation>Incidenti con una lacuna di proporzionalità</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="62" />
            <source>Expected categories missing</source>
            <translation>Categorie previste mancanti</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="63" />
            <source>Parliamentary gates broken / respected</source>
            <translation>Vincoli parlamentari violati / rispettati</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="65" />
            <source>Parliamentary approvals needed</source>
            <translation>Approvazioni parlamentari necessarie</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="68" />
            <source>First effective {0} measure, median</source>
            <translation>Prima misura efficace, ambito {0}, mediana</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="70" />
            <source>Military measures coordinated by</source>
            <translation>Misure militari coordinate da</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="71" />
            <source>Coordination lead time</source>
            <translation>Tempo di coordinamento</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="72" />
            <source>Adversary</source>
            <translation>Avversario</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="74" />
            <source>Standing provisions: parties' milestones overdue</source>
            <translation>Disposizioni permanenti: tappe in ritardo delle parti</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="75" />
            <source>{0} of {1}</source>
            <translation>{0} di {1}</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="76" />
            <source>Standing provisions: parties' milestones due soon</source>
            <translation>Disposizioni permanenti: tappe in scadenza delle parti</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="83" />
            <source>Parties bound at {incident} ({when})</source>
            <translation>Parti vincolate all'incidente {incident} ({when})</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="86" />
            <source>Parties bound, median over all {0} incidents</source>
            <translation>Parti vincolate, mediana su tutti i {0} incidenti</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="89" />
            <source>{code} reaction / consultation latency, median</source>
            <translation>{code} latenza di reazione / consultazione, mediana</translation>
        </message>
        <message>
            <location filename="../../model/comparison_table.py" line="121" />
            <source>Measure</source>
            <translation>Indicatore</translation>
        </message>
    </context>
    <context>
        <name>model.conduct_entities</name>
        <message>
            <location filename="../../model/conduct_entities.py" line="21" />
            <source>Performed without challenges</source>
            <translation>Eseguito senza difficoltà</translation>
        </message>
        <message>
            <location filename="../../model/conduct_entities.py" line="21" />
            <source>Performed with some challenges</source>
            <translation>Eseguito con alcune difficoltà</translation>
        </message>
        <message>
            <location filename="../../model/conduct_entities.py" line="22" />
            <source>Performed with major challenges</source>
            <translation>Eseguito con difficoltà rilevanti</translation>
        </message>
        <message>
            <location filename="../../model/conduct_entities.py" line="22" />
            <source>Unable to be performed</source>
            <translation>Non eseguibile</translation>
        </message>
        <message>
            <location filename="../../model/conduct_entities.py" line="27" />
            <source>Not rated</source>
            <translation>Non valutato</translation>
        </message>
    </context>
    <context>
        <name>model.coordination_findings</name>
        <message>
            <location filename="../../model/coordination_findings.py" line="25" />
            <source>acceptable to the adversary</source>
            <translation>accettabile per l'avversario</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="26" />
            <source>rejected by the adversary</source>
            <translation>respinto dall'avversario</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="27" />
            <source>not available</source>
            <translation>non disponibile</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="28" />
            <source>the adversary's view is not known</source>
            <translation>la posizione dell'avversario non è nota</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="32" />
            <source>assumed coordination lead time {0} h</source>
            <translation>tempo di coordinamento ipotizzato {0} h</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="32" />
            <source>coordination lead time {0} h</source>
            <translation>tempo di coordinamento {0} h</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="40" />
            <source> (assumed)</source>
            <translation> (ipotesi)</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="43" />
            <source>{name} is {view}{note}</source>
            <translation>{name} è {view}{note}</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="45" />
            <source>{name}: military measures coordinated by {coordinator}, {lead}; {view}{assumed}{note}</source>
            <translation>{name}: misure militari coordinate da {coordinator}, {lead}; {view}{assumed}{note}</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="46" />
            <source>no one named</source>
            <translation>nessuno indicato</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="56" />
            <source>{who} {category} commitment ({measure}) for {incident} effective {effective}, before coordination through {through} can take effect ({from_}, {lead})</source>
            <translation>impegno {category} di {who} ({measure}) per {incident} efficace {effective}, prima che il coordinamento tramite {through} possa avere effetto ({from_}, {lead})</translation>
        </message>
        <message>
            <location filename="../../model/coordination_findings.py" line="104" />
            <source>… and {0} more military commitments effective before coordination (older ones)</source>
            <translation>… e altri {0} impegni militari efficaci prima del coordinamento (più vecchi)</translation>
        </message>
    </context>
    <context>
        <name>model.default_exercise</name>
        <message>
            <location filename="../../model/default_exercise.py" line="68" />
            <location filename="../../model/default_exercise.py" line="166" />
            <source>Exercise '{name}' created</source>
            <translation>Esercitazione '{name}' creata</translation>
        </message>
        <message>
            <location filename="../../model/default_exercise.py" line="74" />
            <source>en</source>
            <comment>the language code the default exercise is created in (en, it)</comment>
            <translation>it</translation>
        </message>
    </context>
    <context>
        <name>model.display_names</name>
        <message>
            <location filename="../../model/display_names.py" line="18" />
            <source>state</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="18" />
            <source>organisation</source>
            <translation>organizzazione</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="19" />
            <source>pledged</source>
            <translation>promesso</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="19" />
            <source>announced</source>
            <translation>annunciato</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="19" />
            <location filename="../../model/display_names.py" line="21" />
            <source>delivered</source>
            <translation>consegnato</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="20" />
            <source>withdrawn</source>
            <translation>ritirato</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="21" />
            <source>planned</source>
            <translation>pianificato</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="21" />
            <source>held</source>
            <translation>trattenuto</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="21" />
            <source>skipped</source>
            <translation>saltato</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="22" />
            <source>incident</source>
            <translation>incidente</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="22" />
            <source>message</source>
            <translation>messaggio</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="22" />
            <source>contingency</source>
            <translation>contingenza</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="84" />
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <location filename="../../model/display_names.py" line="116" />
            <source>no change</source>
            <translation>nessuna modifica</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Political</source>
            <translation>Politico</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Economic (sanctions)</source>
            <translation>Economico (sanzioni)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Military</source>
            <translation>Militare</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Cyber</source>
            <translation>Cyber</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Humanitarian</source>
            <translation>Umanitario</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>S1 grey-zone / deniable</source>
            <translation>S1 zona grigia / negabile</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>S2 limited kinetic, local</source>
            <translation>S2 cinetico limitato, locale</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>S3 significant, regional, casualties</source>
            <translation>S3 significativo, regionale, con vittime</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>S4 major offensive, several regions or the capital</source>
            <translation>S4 offensiva maggiore, più regioni o la capitale</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>S5 full-scale renewed invasion</source>
            <translation>S5 nuova invasione su vasta scala</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Airspace violation (drone/aircraft)</source>
            <translation>Violazione dello spazio aereo (drone/velivolo)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Disinformation / hybrid / sabotage</source>
            <translation>Disinformazione / ibrido / sabotaggio</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Cyber attack on critical infrastructure</source>
            <translation>Attacco cyber a infrastrutture critiche</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Energy-infrastructure strike</source>
            <translation>Attacco a infrastrutture energetiche</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Missile/drone strike on cities</source>
            <translation>Raid di missili/droni su città</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Naval blockade / attack on shipping</source>
            <translation>Blocco navale / attacco a navi</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Ground incursion across the ceasefire line</source>
            <translation>Incursione oltre la linea del cessate il fuoco</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Attack on reassurance / peacekeeping forces</source>
            <translation>Attacco a forze di rassicurazione / di pace</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Full-scale renewed offensive</source>
            <translation>Nuova offensiva su vasta scala</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Consultation call</source>
            <translation>Chiamata di consultazione</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Joint statement / condemnation</source>
            <translation>Dichiarazione congiunta / condanna</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Démarche, summoning the ambassador</source>
            <translation>Démarche, convocazione dell'ambasciatore</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Recall of own ambassador</source>
            <translation>Richiamo del proprio ambasciatore</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Expulsion of diplomats</source>
            <translation>Espulsione di diplomatici</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>UN General Assembly action</source>
            <translation>Iniziativa all'Assemblea generale dell'ONU</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Accountability steps (evidence for courts/tribunal)</source>
            <translation>Misure di accertamento delle responsabilità (prove per corti/tribunale)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>New sanctions package</source>
            <translation>Nuovo pacchetto di sanzioni</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Asset freezes and travel bans</source>
            <translation>Congelamento di beni e divieti di viaggio</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Central-bank transaction ban</source>
            <translation>Divieto di transazioni con la banca centrale</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>SWIFT exclusion</source>
            <translation>Esclusione da SWIFT</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Export controls</source>
            <translation>Controlli sulle esportazioni</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Energy measures (import ban, price cap)</source>
            <translation>Misure energetiche (divieto di importazione, tetto al prezzo)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Budget / economic aid to the protected state</source>
            <translation>Sostegno al bilancio / aiuti economici allo Stato protetto</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Accelerated delivery: air defence</source>
            <translation>Consegna accelerata: difesa aerea</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Accelerated delivery: munitions</source>
            <translation>Consegna accelerata: munizioni</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>ISR and intelligence sharing</source>
            <translation>ISR e condivisione di intelligence</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Training mission</source>
            <translation>Missione di addestramento</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Air policing / border readiness</source>
            <translation>Polizia aerea / prontezza alle frontiere</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Naval escort and demining</source>
            <translation>Scorta navale e sminamento</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Deployment of troops (reassurance force)</source>
            <translation>Dispiegamento di truppe (forza di rassicurazione)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Cyber incident-response team</source>
            <translation>Squadra di risposta agli incidenti cyber</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Attribution</source>
            <translation>Attribuzione</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Defensive cyber measures</source>
            <translation>Misure cyber difensive</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Civil protection</source>
            <translation>Protezione civile</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Energy equipment</source>
            <translation>Apparecchiature energetiche</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Medical evacuation</source>
            <translation>Evacuazione medica</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Humanitarian demining</source>
            <translation>Sminamento umanitario</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Coordination cell supported by NATO mechanisms (not NATO-led)</source>
            <translation>Cellula di coordinamento sostenuta dai meccanismi NATO (non a guida NATO)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>a coordination cell of the parties (NATO mechanisms in support)</source>
            <translation>una cellula di coordinamento delle parti (con il supporto dei meccanismi NATO)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>built to avoid the NATO leadership the adversary rejects (M, press reports Aug 2025); that it accepts the cell is an assumption</source>
            <translation>concepita per evitare la guida NATO che l'avversario respinge (M, notizie di stampa ago 2025); che accetti la cellula è un'ipotesi</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Lead-nation framework</source>
            <translation>Schema della nazione guida</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>the lead nation's headquarters (France or the United Kingdom)</source>
            <translation>il quartier generale della nazione guida (Francia o Regno Unito)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>foreign troops stationed in the protected state; that the adversary rejects them is an assumption</source>
            <translation>truppe straniere di stanza nello Stato protetto; che l'avversario le respinga è un'ipotesi</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>EU-coordinated (CSDP / Council)</source>
            <translation>Coordinamento UE (PSDC / Consiglio)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>the EU (Council decision, CSDP planning)</source>
            <translation>l'UE (decisione del Consiglio, pianificazione PSDC)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>no public position known; an assumption to set</source>
            <translation>nessuna posizione pubblica nota; un'ipotesi da fissare</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>NATO-led (requires consensus of all Allies)</source>
            <translation>A guida NATO (richiede il consenso di tutti gli Alleati)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>NATO's command structure (consensus of all Allies)</source>
            <translation>la struttura di comando della NATO (consenso di tutti gli Alleati)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>the adversary rejects NATO leadership (M, press reports Aug 2025)</source>
            <translation>l'avversario respinge la guida NATO (M, notizie di stampa ago 2025)</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>Bilateral agreements only, no common mechanism</source>
            <translation>Solo accordi bilaterali, nessun meccanismo comune</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>each partner nationally, with the protected state</source>
            <translation>ciascun partner a livello nazionale, con lo Stato protetto</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>the 2024 bilateral agreements exist already; that the adversary tolerates them is an assumption</source>
            <translation>gli accordi bilaterali del 2024 esistono già; che l'avversario li tolleri è un'ipotesi</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>UN-led arrangement</source>
            <translation>Assetto a guida ONU</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>the UN Security Council</source>
            <translation>il Consiglio di sicurezza dell'ONU</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>a permanent member of the Security Council can veto it</source>
            <translation>un membro permanente del Consiglio di sicurezza può porre il veto</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>not available: a permanent member of the Security Council can veto it</source>
            <translation>non disponibile: un membro permanente del Consiglio di sicurezza può porre il veto</translation>
        </message>
    </context>
    <context>
        <name>model.errors</name>
        <message>
            <location filename="../../model/errors.py" line="20" />
            <source>Cannot open {path}: {reason}</source>
            <translation>Impossibile aprire {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="41" />
            <source>{path}: the file is damaged: {what}; restore it from a copy</source>
            <translation>{path}: il file è danneggiato: {what}; ripristinarlo da una copia</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="49" />
            <source>{path} is open read-only; use Save As to edit a copy</source>
            <translation>{path} è aperto in sola lettura; usare Salva come per modificarne una copia</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="55" />
            <source>Additional fields</source>
            <translation>Campi aggiuntivi</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="55" />
            <source>Adhoc</source>
            <translation>Ad hoc</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="55" />
            <source>After</source>
            <translation>Dopo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="55" />
            <source>Agreement date</source>
            <translation>Data dell'accordo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="56" />
            <source>Announced at</source>
            <translation>Annunciato alle</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="56" />
            <source>Approval basis</source>
            <translation>Base dell'approvazione</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="56" />
            <source>Approval lead time</source>
            <translation>Tempo per l'approvazione</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="57" />
            <source>Author</source>
            <translation>Autore</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="57" />
            <source>Approval required</source>
            <translation>Approvazione richiesta</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="57" />
            <source>At</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="57" />
            <source>Basis</source>
            <translation>Base</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="58" />
            <source>Capability</source>
            <translation>Capacità</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="58" />
            <source>Bound from</source>
            <translation>Vincolato dal</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="58" />
            <source>Branch point</source>
            <translation>Punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="58" />
            <source>Categories</source>
            <translation>Ambiti</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="59" />
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="59" />
            <source>Completion date</source>
            <translation>Data di completamento</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="59" />
            <source>Classification</source>
            <translation>Classifica di sicurezza</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="59" />
            <source>Category</source>
            <translation>Ambito</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="60" />
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="60" />
            <source>Coordination</source>
            <translation>Coordinamento</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="60" />
            <source>Consultation tier by severity</source>
            <translation>Fascia di consultazione per gravità</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="61" />
            <source>Corrective action</source>
            <translation>Azione correttiva</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="61" />
            <source>Critical tasks</source>
            <translation>Compiti critici</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="61" />
            <source>Correction of</source>
            <translation>Correzione di</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="62" />
            <source>ENDEX</source>
            <translation>ENDEX</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="62" />
            <source>Delivery time</source>
            <translation>Ora di consegna</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="62" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="62" />
            <source>EU member</source>
            <translation>Membro UE</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="63" />
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="63" />
            <source>Effective at</source>
            <translation>Efficace dalle</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="63" />
            <source>Expect head</source>
            <translation>Testa attesa</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="63" />
            <source>Ids</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="64" />
            <source>Issue</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="64" />
            <source>Incident type</source>
            <translation>Tipo di incidente</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="64" />
            <source>Inject type</source>
            <translation>Tipo di inject</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="64" />
            <source>Instruments offered</source>
            <translation>Strumenti offerti</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="65" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="65" />
            <source>Joined at</source>
            <translation>Entrato alle</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="65" />
            <source>Lead time assumed</source>
            <translation>Tempo ipotizzato</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="65" />
            <source>Location</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="66" />
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="66" />
            <source>Marking colour</source>
            <translation>Colore della marcatura</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="66" />
            <source>Log entry</source>
            <translation>Voce del registro</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="66" />
            <source>NATO member</source>
            <translation>Membro NATO</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="67" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="67" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="67" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="67" />
            <source>Now</source>
            <translation>Ora attuale</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="67" />
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="68" />
            <source>Objective</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="68" />
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="68" />
            <source>Occurred at</source>
            <translation>Avvenuto alle</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="68" />
            <source>Offset</source>
            <translation>Scarto</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="69" />
            <source>Point of contact</source>
            <translation>Referente</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="69" />
            <source>Outcomes</source>
            <translation>Esiti</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="69" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="69" />
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="69" />
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="69" />
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="70" />
            <source>Rating</source>
            <translation>Valutazione</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="70" />
            <source>Rating note</source>
            <translation>Nota di valutazione</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="70" />
            <source>Reaction hours</source>
            <translation>Ore di reazione</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="70" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="71" />
            <source>STARTEX</source>
            <translation>STARTEX</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="71" />
            <source>Scenario time</source>
            <translation>Ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="71" />
            <source>Responsible org</source>
            <translation>Organizzazione responsabile</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="71" />
            <source>Running</source>
            <translation>In moto</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="72" />
            <source>Speed</source>
            <translation>Velocità</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="72" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="72" />
            <source>Signatory</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="72" />
            <source>Sort order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="73" />
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="73" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="73" />
            <source>Start date</source>
            <translation>Data di inizio</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="73" />
            <source>Terms</source>
            <translation>Opzione di trattato</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="73" />
            <source>Tiers</source>
            <translation>Fasce</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="74" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="74" />
            <source>Withdrawn at</source>
            <translation>Ritirato alle</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="76" />
            <source>Assumed</source>
            <translation>Ipotizzato</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="76" />
            <source>Created at</source>
            <translation>Creato il</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="76" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="76" />
            <source>Delivered at</source>
            <translation>Consegnato il</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="77" />
            <source>Milestone</source>
            <translation>Tappa</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="77" />
            <source>Due at</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="77" />
            <source>Unit</source>
            <translation>Unità</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="77" />
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="78" />
            <source>Branch point it asks to resolve</source>
            <translation>Punto di diramazione che chiede di risolvere</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="95" />
            <source>Entry {0}, {1}</source>
            <translation>Voce {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="129" />
            <source>Branch point {key} does not exist (it may have been deleted)</source>
            <translation>Il punto di diramazione {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="130" />
            <source>Commitment {key} does not exist (it may have been deleted)</source>
            <translation>L'impegno {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="131" />
            <source>Consultation {key} does not exist (it may have been deleted)</source>
            <translation>La consultazione {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="132" />
            <source>Exercise clock {key} does not exist (it may have been deleted)</source>
            <translation>L'orologio dell'esercitazione {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="133" />
            <source>Exercise description {key} does not exist (it may have been deleted)</source>
            <translation>La descrizione dell'esercitazione {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="134" />
            <source>Improvement-plan item {key} does not exist (it may have been deleted)</source>
            <translation>La voce del piano di miglioramento {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="135" />
            <source>Incident type {key} does not exist (it may have been deleted)</source>
            <translation>Il tipo di incidente {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="136" />
            <source>Incident {key} does not exist (it may have been deleted)</source>
            <translation>L'incidente {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="137" />
            <source>Inject {key} does not exist (it may have been deleted)</source>
            <translation>L'inject {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="138" />
            <source>Measure {key} does not exist (it may have been deleted)</source>
            <translation>La misura {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="139" />
            <source>Objective {key} does not exist (it may have been deleted)</source>
            <translation>L'obiettivo {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="140" />
            <source>Observation {key} does not exist (it may have been deleted)</source>
            <translation>L'osservazione {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="141" />
            <source>Outcome {key} does not exist (it may have been deleted)</source>
            <translation>L'esito {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="142" />
            <source>Signatory {key} does not exist (it may have been deleted)</source>
            <translation>Il firmatario {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="143" />
            <source>Treaty terms {key} does not exist (it may have been deleted)</source>
            <translation>I termini del trattato {key} non esistono (potrebbero essere stati eliminati)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="144" />
            <source>What-if variant {key} does not exist (it may have been deleted)</source>
            <translation>La variante d'ipotesi {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="145" />
            <source>Standing provision {key} does not exist (it may have been deleted)</source>
            <translation>La disposizione permanente {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="146" />
            <source>Milestone {key} does not exist (it may have been deleted)</source>
            <translation>La tappa {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="147" />
            <source>Delivery {key} does not exist (it may have been deleted)</source>
            <translation>La consegna {key} non esiste (potrebbe essere stata eliminata)</translation>
        </message>
        <message>
            <location filename="../../model/errors.py" line="156" />
            <source>{what} {key} does not exist (it may have been deleted)</source>
            <translation>{what} {key} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
    </context>
    <context>
        <name>model.findings</name>
        <message>
            <location filename="../../model/findings.py" line="116" />
            <source>{0} signatories</source>
            <translation>{0} firmatari</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="128" />
            <source>{who} reacted to {incident} {span} late (deadline {deadline}, reacted {when})</source>
            <translation>{who} ha reagito a {incident} con {span} di ritardo (scadenza {deadline}, reazione {when})</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="130" />
            <source>{who} joined the consultation on {incident} {span} late (deadline {deadline}, joined {when})</source>
            <translation>{who} è entrato nella consultazione su {incident} con {span} di ritardo (scadenza {deadline}, entrato {when})</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="134" />
            <source>{count} signatories reacted to {incident} late (deadline {deadline}): {how_late}</source>
            <translation>{count} firmatari hanno reagito a {incident} in ritardo (scadenza {deadline}): {how_late}</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="136" />
            <source>{count} signatories joined the consultation on {incident} late (deadline {deadline}): {how_late}</source>
            <translation>{count} firmatari sono entrati nella consultazione su {incident} in ritardo (scadenza {deadline}): {how_late}</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="139" />
            <source> (declared absent)</source>
            <translation> (assenza dichiarata)</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="143" />
            <source>{who} missed the reaction to {incident} by {span} (deadline {deadline}){listed}</source>
            <translation>{who}: reazione a {incident} mancata di {span} (scadenza {deadline}){listed}</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="145" />
            <source>{who} missed the consultation on {incident} by {span} (deadline {deadline}){listed}</source>
            <translation>{who}: consultazione su {incident} mancata di {span} (scadenza {deadline}){listed}</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="207" />
            <source>… and {0} more missed deadlines, the latest of them due {1}</source>
            <translation>… e altre {0} scadenze mancate, l'ultima delle quali dovuta {1}</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="228" />
            <source>{incident}: no {missing} commitment yet (expected: {expected})</source>
            <translation>{incident}: ancora nessun impegno {missing} (previsti: {expected})</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="237" />
            <source>… and {0} more incidents with a response gap (older ones)</source>
            <translation>… e altri {0} incidenti con una lacuna di risposta (più vecchi)</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="244" />
            <source>assumed lead time {0} h</source>
            <translation>tempo di approvazione ipotizzato {0} h</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="244" />
            <source>lead time {0} h</source>
            <translation>tempo di approvazione {0} h</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="251" />
            <source>{who} {category} commitment ({measure}) for {incident}</source>
            <translation>impegno {category} di {who} ({measure}) per {incident}</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="255" />
            <source>, withdrawn {0},</source>
            <translation>, ritirato {0},</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="259" />
            <source>{what} effective {effective}, parliamentary approval not before {earliest} ({lead})</source>
            <translation>{what} efficace {effective}, approvazione parlamentare non prima di {earliest} ({lead})</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="262" />
            <source>{what} gated until {earliest} ({lead}); no effective time set yet</source>
            <translation>{what} vincolato fino a {earliest} ({lead}); ancora nessuna ora di efficacia</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="264" />
            <source>{what} gated until {earliest} ({lead}), effective {effective}: respected</source>
            <translation>{what} vincolato fino a {earliest} ({lead}), efficace {effective}: rispettato</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="294" />
            <source>… and {0} more gate violations (older ones)</source>
            <translation>… e altre {0} violazioni di vincoli (più vecchie)</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="295" />
            <source>… and {0} more gated commitments that respect their gate (older ones)</source>
            <translation>… e altri {0} impegni vincolati che rispettano il vincolo (più vecchi)</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="436" />
            <source>not yet due</source>
            <translation>non ancora dovuta</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="438" />
            <source>{0} left</source>
            <translation>{0} rimanenti</translation>
        </message>
        <message>
            <location filename="../../model/findings.py" line="440" />
            <source>passed {0} ago</source>
            <translation>scaduta da {0}</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>airspace violation</source>
            <translation>violazione dello spazio aereo</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>hybrid sabotage</source>
            <translation>sabotaggio ibrido</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>cyber attack</source>
            <translation>attacco cyber</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>energy strike</source>
            <translation>attacco energetico</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>missile strike</source>
            <translation>attacco missilistico</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>naval blockade</source>
            <translation>blocco navale</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>ground incursion</source>
            <translation>incursione terrestre</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>attack on forces</source>
            <translation>attacco alle forze</translation>
        </message>
        <message>
            <location filename="../catalogue.json" line="0" />
            <source>full scale offensive</source>
            <translation>offensiva su vasta scala</translation>
        </message>
    </context>
    <context>
        <name>model.i18n</name>
        <message>
            <location filename="../../model/i18n.py" line="86" />
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="86" />
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="86" />
            <source>Wed</source>
            <translation>mer</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="86" />
            <source>Thu</source>
            <translation>gio</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="86" />
            <source>Fri</source>
            <translation>ven</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="87" />
            <source>Sat</source>
            <translation>sab</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="87" />
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="88" />
            <source>Jan</source>
            <translation>gen</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="88" />
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="88" />
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="88" />
            <source>Apr</source>
            <translation>apr</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="88" />
            <source>May</source>
            <translation>mag</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="89" />
            <source>Jun</source>
            <translation>giu</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="89" />
            <source>Jul</source>
            <translation>lug</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="89" />
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="89" />
            <source>Sep</source>
            <translation>set</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="89" />
            <source>Oct</source>
            <translation>ott</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="90" />
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="90" />
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="120" />
            <source>,</source>
            <comment>thousands separator</comment>
            <translation>.</translation>
        </message>
        <message>
            <location filename="../../model/i18n.py" line="120" />
            <source>.</source>
            <comment>decimal separator</comment>
            <translation>,</translation>
        </message>
    </context>
    <context>
        <name>model.journal_text</name>
        <message>
            <location filename="../../model/journal_text.py" line="64" />
            <source>unknown journal value {0!r}</source>
            <translation>valore del diario sconosciuto {0!r}</translation>
        </message>
        <message>
            <location filename="../../model/journal_text.py" line="85" />
            <source>the variant's changes cannot be read ({0})</source>
            <translation>le modifiche della variante non si possono leggere ({0})</translation>
        </message>
    </context>
    <context>
        <name>model.judged_at</name>
        <message>
            <location filename="../../model/judged_at.py" line="39" />
            <source>'{0}' is not a time to judge at: write ENDEX, clock or a scenario time such as D+3 12:00</source>
            <translation>'{0}' non è un'ora di valutazione: scrivere ENDEX, clock o un'ora dello scenario come D+3 12:00</translation>
        </message>
        <message>
            <location filename="../../model/judged_at.py" line="43" />
            <source>'{0}' is not a time of day: hours go to 23, minutes to 59</source>
            <translation>'{0}' non è un'ora del giorno: le ore arrivano a 23, i minuti a 59</translation>
        </message>
    </context>
    <context>
        <name>model.msel.columns</name>
        <message>
            <location filename="../../model/msel/columns.py" line="19" />
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="20" />
            <source>Scenario Time</source>
            <translation>Ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="21" />
            <source>Scenario Time (D+n)</source>
            <translation>Ora dello scenario (D+n)</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="22" />
            <source>Delivery Time</source>
            <translation>Ora di invio</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="23" />
            <source>Phase/Move</source>
            <translation>Fase/Mossa</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="24" />
            <source>Inject Type</source>
            <translation>Tipo di inject</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="25" />
            <source>Delivery Method</source>
            <translation>Modalità di invio</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="26" />
            <source>From</source>
            <translation>Da</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="27" />
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="28" />
            <source>Subject</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="29" />
            <source>Synopsis</source>
            <translation>Sintesi</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="30" />
            <source>Expected Player Action</source>
            <translation>Azione attesa dai giocatori</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="31" />
            <source>Objective/Capability</source>
            <translation>Obiettivo/Capacità</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="32" />
            <source>Responsible Controller</source>
            <translation>Controller responsabile</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="33" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="34" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="35" />
            <source>Incident Type</source>
            <translation>Tipo di incidente</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="36" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="37" />
            <source>Location</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="38" />
            <source>Actual Delivery Time</source>
            <translation>Ora effettiva di invio</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="40" />
            <source>Branch Point</source>
            <translation>Punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="41" />
            <source>Branch Outcome</source>
            <translation>Esito di diramazione</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="43" />
            <source>Asks to Resolve</source>
            <translation>Chiede di risolvere</translation>
        </message>
        <message>
            <location filename="../../model/msel/columns.py" line="54" />
            <source>Scenario Date (or day)</source>
            <translation>Data dello scenario (o giorno)</translation>
        </message>
    </context>
    <context>
        <name>model.msel.csv_text</name>
        <message>
            <location filename="../../model/msel/csv_text.py" line="19" />
            <source>Columns are separated by semicolons</source>
            <translation>Le colonne sono separate da punti e virgola</translation>
        </message>
        <message>
            <location filename="../../model/msel/csv_text.py" line="20" />
            <source>Columns are separated by tabs</source>
            <translation>Le colonne sono separate da tabulazioni</translation>
        </message>
        <message>
            <location filename="../../model/msel/csv_text.py" line="44" />
            <source>starts as {0} text but byte {1} (line {2}) is not valid {0}</source>
            <translation>inizia come testo {0} ma il byte {1} (riga {2}) non è {0} valido</translation>
        </message>
        <message>
            <location filename="../../model/msel/csv_text.py" line="54" />
            <source>is neither UTF-8 nor Windows-1252 text (byte 0x{0:02X} at line {1} means nothing in either); save it as "CSV UTF-8"</source>
            <translation>non è testo né UTF-8 né Windows-1252 (il byte 0x{0:02X} alla riga {1} non significa nulla in nessuno dei due); salvarlo come "CSV UTF-8"</translation>
        </message>
        <message>
            <location filename="../../model/msel/csv_text.py" line="57" />
            <source>The file is not UTF-8 (first at line {0}); it was read as Windows-1252. Check accented letters in the preview.</source>
            <translation>Il file non è UTF-8 (la prima volta alla riga {0}); è stato letto come Windows-1252. Controllare le lettere accentate nell'anteprima.</translation>
        </message>
        <message>
            <location filename="../../model/msel/csv_text.py" line="95" />
            <source>row {row} (line {line_num}) has a cell longer than {0:,} characters</source>
            <translation>la riga {row} (riga del file {line_num}) ha una cella più lunga di {0:,} caratteri</translation>
        </message>
        <message>
            <location filename="../../model/msel/csv_text.py" line="97" />
            <source>cannot be read as CSV at line {line_num} (row {row}): {err}</source>
            <translation>non può essere letto come CSV alla riga {line_num} (riga del foglio {row}): {err}</translation>
        </message>
    </context>
    <context>
        <name>model.msel.importing</name>
        <message>
            <location filename="../../model/msel/importing.py" line="56" />
            <source>row {0}: {1}</source>
            <translation>riga {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="57" />
            <source>row {0}, column '{1}': {2}</source>
            <translation>riga {0}, colonna '{1}': {2}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="93" />
            <source>times understood as: {0}</source>
            <translation>ore interpretate come: {0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="126" />
            <location filename="../../model/msel/importing.py" line="135" />
            <source>lies outside the calendar ({err})</source>
            <translation>è fuori dal calendario ({err})</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="140" />
            <location filename="../../model/msel/importing.py" line="152" />
            <source>is not a severity: write 1-5 (or S1-S5)</source>
            <translation>non è una gravità: scrivere 1-5 (o S1-S5)</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="146" />
            <source>is not a whole number: write 1-5 (or S1-S5)</source>
            <translation>non è un numero intero: scrivere 1-5 (o S1-S5)</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="178" />
            <source>is not the question of a branch point of this exercise: create the branch point first, or leave the cell empty</source>
            <translation>non è la domanda di un punto di diramazione di questa esercitazione: creare prima il punto di diramazione, o lasciare vuota la cella</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="181" />
            <source>is the question of several branch points: make their questions differ</source>
            <translation>è la domanda di più punti di diramazione: formulare domande diverse</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="202" />
            <source> and </source>
            <translation> e </translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="204" />
            <source>columns {0} are both mapped to {1}; keep one and set the other to (keep as an additional field)</source>
            <translation>le colonne {0} corrispondono entrambe a {1}; tenerne una e impostare l'altra su (conserva come campo aggiuntivo)</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="207" />
            <source>no column is mapped to Scenario Time: choose the column that holds each inject's scenario time</source>
            <translation>nessuna colonna corrisponde all'Ora dello scenario: scegliere la colonna che contiene l'ora dello scenario di ogni inject</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="211" />
            <source>has {0} cells but the header row has {1}: a cell holding the delimiter needs quotes</source>
            <translation>ha {0} celle ma la riga di intestazione ne ha {1}: una cella che contiene il delimitatore va tra virgolette</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="214" />
            <source>there are no rows below the header (row {0})</source>
            <translation>non ci sono righe sotto l'intestazione (riga {0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="231" />
            <source>Rows blank in every imported column were skipped: {0}</source>
            <translation>Le righe vuote in tutte le colonne importate sono state saltate: {0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="233" />
            <source>Rows {0} below the table fill one column and have no time (a list of values?): they were skipped</source>
            <translation>Le righe {0} sotto la tabella riempiono una sola colonna e non hanno un'ora (un elenco di valori?): sono state saltate</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="244" />
            <source>T+ offsets without a unit were read in minutes, as the column '{0}' says</source>
            <translation>Gli scostamenti T+ senza unità sono stati letti in minuti, come indica la colonna '{0}'</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="247" />
            <source>the zone {err}</source>
            <translation>il fuso {err}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="274" />
            <source>'{0}' — the inject number is also on row {1}: renumber the injects, or keep the sheet's numbers as a reference in the notes</source>
            <translation>'{0}' — il numero dell'inject è anche nella riga {1}: rinumerare gli inject, o conservare i numeri del foglio come riferimento nelle note</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="289" />
            <source>Kept with each inject as additional fields (no inject field chosen): {0}</source>
            <translation>Conservate con ogni inject come campi aggiuntivi (nessun campo dell'inject scelto): {0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="292" />
            <source>Dropped, neither imported nor kept: {0}</source>
            <translation>Scartate, né importate né conservate: {0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="294" />
            <source>Times without a zone were taken as UTC; name the zone of the sheet if they are local times</source>
            <translation>Le ore senza fuso sono state considerate UTC; indicare il fuso del foglio se sono ore locali</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="296" />
            <source>Clock times without a day were read on STARTEX's day (D+0); a sheet over several days can be read with each row on the previous row's day instead</source>
            <translation>Le ore senza giorno sono state lette nel giorno di STARTEX (D+0); un foglio su più giorni può essere letto invece con ogni riga nel giorno della riga precedente</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="300" />
            <source>Inject numbers already in the MSEL: {0}</source>
            <translation>Numeri di inject già presenti nella MSEL: {0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="321" />
            <source>the cell has {0:,} characters; at most {max_cell_chars:,} can be imported</source>
            <translation>la cella ha {0:,} caratteri; se ne possono importare al massimo {max_cell_chars:,}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="338" />
            <source>'{0}' — is not a day (a date, Day 2, D+1 or a weekday)</source>
            <translation>'{0}' — non è un giorno (una data, Day 2, D+1 o un giorno della settimana)</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="383" />
            <source>is empty: every inject needs a scenario time</source>
            <translation>è vuoto: ogni inject richiede un orario di scenario</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="408" />
            <source>Column '{0}' is play state and is not imported: imported injects start as planned</source>
            <translation>La colonna '{0}' è stato di gioco e non viene importata: gli inject importati partono come pianificati</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="430" />
            <source>… and {0} more</source>
            <translation>… e altri {0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="431" />
            <source>1 problem; nothing was imported:</source>
            <translation>1 problema; non è stato importato nulla:</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="431" />
            <source>{0} problems; nothing was imported:</source>
            <translation>{0} problemi; non è stato importato nulla:</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="182" />
            <source>columns {0} are both mapped to {1}; keep one and set the other to (ignore)</source>
            <translation type="vanished">le colonne {0} corrispondono entrambe a {1}; tenerne una e impostare l'altra su (ignora)</translation>
        </message>
        <message>
            <location filename="../../model/msel/importing.py" line="251" />
            <source>Not imported (no inject field chosen): {0}</source>
            <translation type="vanished">Non importate (nessun campo dell'inject scelto): {0}</translation>
        </message>
    </context>
    <context>
        <name>model.msel.json_records</name>
        <message>
            <location filename="../../model/msel/json_records.py" line="55" />
            <source>is JSON but not a list of inject records ([{"Time": …, "Message": …}, …])</source>
            <translation>è JSON ma non un elenco di record di inject ([{"Time": …, "Message": …}, …])</translation>
        </message>
        <message>
            <location filename="../../model/msel/json_records.py" line="69" />
            <source>is not UTF-8 text (byte {start})</source>
            <translation>non è testo UTF-8 (byte {start})</translation>
        </message>
        <message>
            <location filename="../../model/msel/json_records.py" line="71" />
            <source>is not valid JSON at line {lineno}, column {colno}: {msg}</source>
            <translation>non è JSON valido alla riga {lineno}, colonna {colno}: {msg}</translation>
        </message>
        <message>
            <location filename="../../model/msel/json_records.py" line="78" />
            <source>has no record at {path}[{index}] (a {name__}, not an object)</source>
            <translation>non ha un record in {path}[{index}] (un {name__}, non un oggetto)</translation>
        </message>
        <message>
            <location filename="../../model/msel/json_records.py" line="88" />
            <source>The {0} scenario events of the Blueprint MSEL were read as rows 2-{1} (row 1: its data fields)</source>
            <translation>I {0} eventi di scenario dell'MSEL di Blueprint sono stati letti come righe 2-{1} (riga 1: i suoi campi dati)</translation>
        </message>
        <message>
            <location filename="../../model/msel/json_records.py" line="91" />
            <source>The {0} JSON records were read as rows 2-{1} (row 1: their keys)</source>
            <translation>I {0} record JSON sono stati letti come righe 2-{1} (riga 1: le loro chiavi)</translation>
        </message>
    </context>
    <context>
        <name>model.msel.options</name>
        <message>
            <location filename="../../model/msel/options.py" line="49" />
            <source>'{text}' is no reading of day-less times: use D+0, D+n (e.g. D+2) or previous</source>
            <translation>'{text}' non è una lettura degli orari senza giorno: usare D+0, D+n (ad es. D+2) o previous</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="67" />
            <source>'{pair}' is no mapping: write "Column name=field", e.g. "Event Time=scenario_time"</source>
            <translation>'{pair}' non è una corrispondenza: scrivere "Nome colonna=campo", ad es. "Event Time=scenario_time"</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="72" />
            <source>there is no column '{name}' (the columns: {0})</source>
            <translation>non esiste la colonna '{name}' (le colonne: {0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="81" />
            <source>'{target}' is no inject field (the fields: {0})</source>
            <translation>'{target}' non è un campo dell'inject (i campi: {0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="186" />
            <source>falls before STARTEX ({0})</source>
            <translation>cade prima di STARTEX ({0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="189" />
            <source>falls after ENDEX ({0})</source>
            <translation>cade dopo ENDEX ({0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="198" />
            <source>The injects were renumbered (the sheet's numbers are kept in the notes as 'Sheet #: n')</source>
            <translation>Gli inject sono stati rinumerati (i numeri del foglio sono conservati nelle note come 'Sheet #: n')</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="199" />
            <source>The injects were renumbered</source>
            <translation>Gli inject sono stati rinumerati</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="204" />
            <source>The MSEL was moved by {0} so that its first inject falls on STARTEX</source>
            <translation>La MSEL è stata spostata di {0} in modo che il primo inject cada su STARTEX</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="209" />
            <source>Proposed from the sheet: STARTEX {0:%Y-%m-%d %H:%M}Z, ENDEX {1:%Y-%m-%d %H:%M}Z</source>
            <translation>Proposti dal foglio: STARTEX {0:%Y-%m-%d %H:%M}Z, ENDEX {1:%Y-%m-%d %H:%M}Z</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="216" />
            <source>{0} before STARTEX (row {1})</source>
            <translation>{0} prima di STARTEX (riga {1})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="216" />
            <source>{0} before STARTEX (rows {1})</source>
            <translation>{0} prima di STARTEX (righe {1})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="219" />
            <source>{0} after ENDEX (row {1})</source>
            <translation>{0} dopo ENDEX (riga {1})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="219" />
            <source>{0} after ENDEX (rows {1})</source>
            <translation>{0} dopo ENDEX (righe {1})</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="221" />
            <source>Injects outside the exercise: {0}; the MSEL can be moved so its first inject falls on STARTEX, or STARTEX and ENDEX set from the sheet</source>
            <translation>Inject fuori dall'esercitazione: {0}; si può spostare la MSEL in modo che il primo inject cada su STARTEX, oppure impostare STARTEX ed ENDEX dal foglio</translation>
        </message>
        <message>
            <location filename="../../model/msel/options.py" line="222" />
            <source> and </source>
            <translation> e </translation>
        </message>
    </context>
    <context>
        <name>model.msel.phases</name>
        <message>
            <location filename="../../model/msel/phases.py" line="88" />
            <source>Sheets imported as phases: {0} (an inject without a phase takes its sheet's name)</source>
            <translation>Fogli importati come fasi: {0} (un inject senza fase prende il nome del suo foglio)</translation>
        </message>
        <message>
            <location filename="../../model/msel/phases.py" line="97" />
            <source>The MSEL was moved so that the first inject of all sheets falls on STARTEX</source>
            <translation>La MSEL è stata spostata in modo che il primo inject di tutti i fogli cada su STARTEX</translation>
        </message>
        <message>
            <location filename="../../model/msel/phases.py" line="105" />
            <source>sheet '{0}' row {1}: the inject number '{2}' is also on sheet '{3}' row {4}: renumber the injects</source>
            <translation>foglio '{0}' riga {1}: il numero dell'inject '{2}' è anche nel foglio '{3}' riga {4}: rinumerare gli inject</translation>
        </message>
    </context>
    <context>
        <name>model.msel.profiles</name>
        <message>
            <location filename="../../model/msel/profiles.py" line="78" />
            <source>cannot be written ({reason})</source>
            <translation>non può essere scritto ({reason})</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="88" />
            <source>cannot be read ({0})</source>
            <translation>non può essere letto ({0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="90" />
            <source>is larger than a mapping profile can be (1 MB)</source>
            <translation>è più grande di quanto possa essere un profilo di corrispondenza (1 MB)</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="94" />
            <source>is not JSON text ({err})</source>
            <translation>non è testo JSON ({err})</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="96" />
            <source>is not a Pactline MSEL mapping profile (no "format": "{FORMAT}")</source>
            <translation>non è un profilo di corrispondenza MSEL di Pactline (manca "format": "{FORMAT}")</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="99" />
            <source>has version {0!r}; this Pactline reads version {VERSION}</source>
            <translation>ha la versione {0!r}; questo Pactline legge la versione {VERSION}</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="104" />
            <source>$.name must be text and $.columns an object</source>
            <translation>$.name deve essere un testo e $.columns un oggetto</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="107" />
            <source>$.columns[{header!r}]: '{target}' is no inject field (the fields: {0}; or null to keep it, "{drop}" to drop it)</source>
            <translation>$.columns[{header!r}]: '{target}' non è un campo dell'inject (i campi: {0}; oppure null per conservarla, "{drop}" per scartarla)</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="115" />
            <source>$.options must be an object</source>
            <translation>$.options deve essere un oggetto</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="119" />
            <source>$.options.{name}: is no import choice (the choices: {0})</source>
            <translation>$.options.{name}: non è un'opzione di importazione (le opzioni: {0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="133" />
            <source>$.options.{name}: {value!r} is not a valid value</source>
            <translation>$.options.{name}: {value!r} non è un valore valido</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="136" />
            <source>$.options.day_less: use one of {0}</source>
            <translation>$.options.day_less: usare uno tra {0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/profiles.py" line="141" />
            <source>$.options.value_maps.{name}: give an object of sheet value -&gt; Pactline value for one of {0}</source>
            <translation>$.options.value_maps.{name}: indicare un oggetto valore del foglio -&gt; valore di Pactline per uno tra {0}</translation>
        </message>
    </context>
    <context>
        <name>model.msel.spreadsheets</name>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="72" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossibile scrivere {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="151" />
            <source>the name must end in .csv or .xlsx</source>
            <translation>il nome deve terminare con .csv o .xlsx</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="162" />
            <source>The log's head could not be sealed in the exercise ({err})</source>
            <translation>Non è stato possibile sigillare la testa del registro nell'esercitazione ({err})</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="221" />
            <source>{0:,} bytes</source>
            <translation>{0:,} byte</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="221" />
            <source>{0:,} bytes ({1})</source>
            <translation>{0:,} byte ({1})</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="222" />
            <source>the file is {found}; at most {limit} can be imported</source>
            <translation>il file è di {found}; se ne possono importare al massimo {limit}</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="242" />
            <source>Only the first {max_columns} columns were read</source>
            <translation>Sono state lette solo le prime {max_columns} colonne</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="245" />
            <source>Sheet '{title}' was read (the workbook has {0} sheets)</source>
            <translation>È stato letto il foglio '{title}' (la cartella di lavoro ha {0} fogli)</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="248" />
            <source>reading was cancelled; nothing was imported</source>
            <translation>la lettura è stata annullata; non è stato importato nulla</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="250" />
            <source>the file cannot be read ({0})</source>
            <translation>il file non può essere letto ({0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="252" />
            <source>the file {err}</source>
            <translation>il file {err}</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="261" />
            <source>the file contains a NUL byte at line {line}: it is not CSV text (a workbook saved under a .csv name?)</source>
            <translation>il file contiene un byte NUL alla riga {line}: non è testo CSV (una cartella di lavoro salvata con un nome .csv?)</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="295" />
            <source>row {header_row}, chosen as the header row, is empty or beyond the end of the sheet</source>
            <translation>la riga {header_row}, scelta come riga di intestazione, è vuota o oltre la fine del foglio</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="303" />
            <source>the file is empty (no header row, no injects)</source>
            <translation>il file è vuoto (nessuna riga di intestazione, nessun inject)</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="308" />
            <source>The sheet has no header row: its columns are named by their letters</source>
            <translation>Il foglio non ha una riga di intestazione: le colonne prendono il nome dalle loro lettere</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="314" />
            <source>Rows {first}-{0} above the header (row {header_number}) were skipped</source>
            <translation>Le righe {first}-{0} sopra l'intestazione (riga {header_number}) sono state saltate</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="316" />
            <source>Row {first} above the header (row {header_number}) was skipped</source>
            <translation>La riga {first} sopra l'intestazione (riga {header_number}) è stata saltata</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="322" />
            <source>more than {max_rows:,} rows</source>
            <translation>più di {max_rows:,} righe</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="323" />
            <source>{0:,} rows</source>
            <translation>{0:,} righe</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="324" />
            <source>the file has {counted} of injects; at most {max_rows:,} can be imported at once (split the MSEL into several files)</source>
            <translation>il file ha {counted} di inject; se ne possono importare al massimo {max_rows:,} per volta (dividere la MSEL in più file)</translation>
        </message>
        <message>
            <location filename="../../model/msel/spreadsheets.py" line="329" />
            <source>the file has {width} columns; at most {max_columns} can be read</source>
            <translation>il file ha {width} colonne; se ne possono leggere al massimo {max_columns}</translation>
        </message>
    </context>
    <context>
        <name>model.msel.times</name>
        <message>
            <location filename="../../model/msel/times.py" line="115" />
            <source>is a day without a clock time</source>
            <translation>è un giorno senza orario</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="119" />
            <source>{notation}, on the day in the date column</source>
            <translation>{notation}, nel giorno della colonna della data</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="123" />
            <source>{notation}, on the row's scenario day</source>
            <translation>{notation}, nel giorno di scenario della riga</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="127" />
            <source>the previous row's day</source>
            <translation>il giorno della riga precedente</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="129" />
            <source>the day after the previous row's (the clock went back)</source>
            <translation>il giorno successivo a quello della riga precedente (l'ora è tornata indietro)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="130" />
            <source>{notation}, read on {how}</source>
            <translation>{notation}, letto su {how}</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="136" />
            <source>{notation}, read as D{sign}{0}</source>
            <translation>{notation}, letto come D{sign}{0}</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="150" />
            <source>'{name}' is not a time zone name such as Europe/Rome or UTC</source>
            <translation>'{name}' non è il nome di un fuso orario come Europe/Rome o UTC</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="163" />
            <source>is a 12-hour clock time with an hour outside 1-12</source>
            <translation>è un orario a 12 ore con un'ora fuori da 1-12</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="166" />
            <source>is a clock time outside 00:00-23:59</source>
            <translation>è un orario fuori da 00:00-23:59</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="196" />
            <source>has '{text}' where a month (JAN-DEC) belongs</source>
            <translation>ha '{text}' dove va un mese (JAN-DEC)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="220" />
            <source>Excel time serial</source>
            <translation>numero di serie di ora Excel</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="224" />
            <source>Excel date serial</source>
            <translation>numero di serie di data Excel</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="225" />
            <source>Excel date and time serial (taken as {zone_name})</source>
            <translation>numero di serie di data e ora Excel (inteso come {zone_name})</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="227" />
            <source>is a number that is neither a clock time (0700) nor an Excel date serial</source>
            <translation>è un numero che non è né un orario (0700) né un numero di serie di data Excel</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="235" />
            <source>is true/false, not a time</source>
            <translation>è vero/falso, non un orario</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="238" />
            <source>spreadsheet date and time</source>
            <translation>data e ora del foglio di calcolo</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="240" />
            <location filename="../../model/msel/times.py" line="247" />
            <source>spreadsheet clock time</source>
            <translation>ora del foglio di calcolo</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="241" />
            <source>spreadsheet date and time without a zone (taken as {zone_name})</source>
            <translation>data e ora del foglio di calcolo senza fuso (intese come {zone_name})</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="245" />
            <source>spreadsheet date</source>
            <translation>data del foglio di calcolo</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="250" />
            <source>spreadsheet duration from STARTEX</source>
            <translation>durata da STARTEX del foglio di calcolo</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="252" />
            <source>is a duration that ends outside the calendar</source>
            <translation>è una durata che termina fuori dal calendario</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="255" />
            <source>HHMM number (0700)</source>
            <translation>numero HHMM (0700)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="259" />
            <source>is not a number a time can be read from</source>
            <translation>non è un numero da cui si possa leggere un orario</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="271" />
            <source>is a bare number: write a clock time as 14:00, 1400 or 2 PM</source>
            <translation>è un numero senza altro: scrivere un orario come 14:00, 1400 o 2 PM</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="275" />
            <source>12-hour clock time</source>
            <translation>ora nel formato a 12 ore</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="275" />
            <source>clock time without a day</source>
            <translation>ora senza giorno</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="284" />
            <source>is a date-time group (DDHHMMZMONYY) naming no real day or clock</source>
            <translation>è un gruppo data-ora (DDHHMMZMONYY) che non indica un giorno o un orario reale</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="287" />
            <source>military date-time group ({where})</source>
            <translation>gruppo data-ora militare ({where})</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="292" />
            <source>weekday and clock (in the week from STARTEX's day)</source>
            <translation>giorno della settimana e ora (nella settimana dal giorno di STARTEX)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="298" />
            <source>is Day 0: Day numbers count from 1 (Day 1 is STARTEX's day); for days counted from 0 write D+0</source>
            <translation>è Day 0: i numeri dei giorni partono da 1 (Day 1 è il giorno di STARTEX); per i giorni contati da 0 scrivere D+0</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="301" />
            <source>exercise day (Day 1 = STARTEX's day)</source>
            <translation>giorno dell'esercitazione (Day 1 = giorno di STARTEX)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="302" />
            <source>exercise day and clock (Day 1 = STARTEX's day)</source>
            <translation>giorno dell'esercitazione e ora (Day 1 = giorno di STARTEX)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="305" />
            <source>STARTEX's day (J, D)</source>
            <translation>giorno di STARTEX (J, D)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="307" />
            <source>STARTEX (J)</source>
            <translation>STARTEX (J)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="310" />
            <source>STARTEX's day and clock (J hh:mm)</source>
            <translation>giorno di STARTEX e ora (J hh:mm)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="318" />
            <source>offset from STARTEX (J±d H±h M±m)</source>
            <translation>scarto da STARTEX (J±d H±h M±m)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="324" />
            <source>days from STARTEX ({letter}±n)</source>
            <translation>giorni da STARTEX ({letter}±n)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="326" />
            <source>day and clock ({letter}+n hh:mm)</source>
            <translation>giorno e ora ({letter}+n hh:mm)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="330" />
            <source>offset from STARTEX (T+/H+)</source>
            <translation>scarto da STARTEX (T+/H+)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="340" />
            <source>date</source>
            <translation>data</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="343" />
            <source>names no real day</source>
            <translation>non indica un giorno reale</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="350" />
            <source>day.month.year</source>
            <translation>giorno.mese.anno</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="352" />
            <source>day/month/year</source>
            <translation>giorno/mese/anno</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="354" />
            <source>month/day/year</source>
            <translation>mese/giorno/anno</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="358" />
            <source>names no real day (read as {how})</source>
            <translation>non indica un giorno reale (letto come {how})</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="360" />
            <source>date ({how})</source>
            <translation>data ({how})</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="362" />
            <source>date ({how}) and clock (taken as {zone_name})</source>
            <translation>data ({how}) e ora (intese come {zone_name})</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="369" />
            <location filename="../../model/msel/times.py" line="371" />
            <source>clock time without a day (UTC)</source>
            <translation>ora senza giorno (UTC)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="379" />
            <source>has minutes outside 00-59</source>
            <translation>ha minuti fuori da 00-59</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="397" />
            <source>ISO date</source>
            <translation>data ISO</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="398" />
            <source>ISO 8601 without a zone (taken as {zone_name})</source>
            <translation>ISO 8601 senza fuso (inteso come {zone_name})</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="405" />
            <source>is not a time Pactline understands: use a clock time (14:00, 2:00 PM, 1400), D+1 14:00, Day 2 0930, T+26h, a date-time group (210900ZAUG11) or ISO 8601 (2026-03-02T14:00Z)</source>
            <translation>non è un orario comprensibile per Pactline: usare un orario (14:00, 2:00 PM, 1400), D+1 14:00, Day 2 0930, T+26h, un gruppo data-ora (210900ZAUG11) o ISO 8601 (2026-03-02T14:00Z)</translation>
        </message>
        <message>
            <location filename="../../model/msel/times.py" line="408" />
            <source>lies outside the calendar ({err})</source>
            <translation>è fuori dal calendario ({err})</translation>
        </message>
    </context>
    <context>
        <name>model.msel.values</name>
        <message>
            <location filename="../../model/msel/values.py" line="188" />
            <source>{0} values read as: {listed}</source>
            <translation>valori di {0} letti come: {listed}</translation>
        </message>
    </context>
    <context>
        <name>model.msel.workbook</name>
        <message>
            <location filename="../../model/msel/workbook.py" line="26" />
            <source>{0:,.1f} MB</source>
            <translation>{0:,.1f} MB</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="27" />
            <source>{0:,} bytes</source>
            <translation>{0:,} byte</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="27" />
            <source>{0:,.0f} KB</source>
            <translation>{0:,.0f} KB</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="89" />
            <source>is not an Excel workbook (not a readable zip archive: {err})</source>
            <translation>non è una cartella di lavoro Excel (non è un archivio zip leggibile: {err})</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="92" />
            <source>is a zip archive but not an Excel workbook (no [Content_Types].xml)</source>
            <translation>è un archivio zip ma non una cartella di lavoro Excel (manca [Content_Types].xml)</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="94" />
            <source>would unpack to {0}; at most {1} can be read</source>
            <translation>si decomprimerebbe in {0}; se ne possono leggere al massimo {1}</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="132" />
            <source>has no worksheet</source>
            <translation>non ha fogli di lavoro</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="134" />
            <source>has no sheet named '{sheet}' (its sheets: {0})</source>
            <translation>non ha un foglio chiamato '{sheet}' (i suoi fogli: {0})</translation>
        </message>
        <message>
            <location filename="../../model/msel/workbook.py" line="152" />
            <source>cannot be read as an Excel workbook ({name__}: {0})</source>
            <translation>non può essere letto come cartella di lavoro Excel ({name__}: {0})</translation>
        </message>
    </context>
    <context>
        <name>model.msel.xlsx_rows</name>
        <message>
            <location filename="../../model/msel/xlsx_rows.py" line="129" />
            <source>{0} is not a valid row number</source>
            <translation>{0} non è un numero di riga valido</translation>
        </message>
    </context>
    <context>
        <name>model.numbers</name>
        <message>
            <location filename="../../model/numbers.py" line="37" />
            <source>'{text}' is not a number: write it like {example} (“{decimal}” before the decimals, “{group}” between thousands, or no grouping at all)</source>
            <translation>'{text}' non è un numero: scriverlo come {example} («{decimal}» prima dei decimali, «{group}» tra le migliaia, oppure senza separatori)</translation>
        </message>
        <message>
            <location filename="../../model/numbers.py" line="43" />
            <source>'{text}' is too large a number</source>
            <translation>'{text}' è un numero troppo grande</translation>
        </message>
    </context>
    <context>
        <name>model.package.exchange</name>
        <message>
            <location filename="../../model/package/exchange.py" line="69" />
            <source>cannot write {path}: {reason}</source>
            <translation>impossibile scrivere {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="104" />
            <source>the package would be larger than {0} MB, the most Pactline reads; it was not written</source>
            <translation>il pacchetto supererebbe {0} MB, il massimo che Pactline legge; non è stato scritto</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="186" />
            <source>cannot read {path}: the file does not exist</source>
            <translation>impossibile leggere {path}: il file non esiste</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="188" />
            <source>cannot read {path}: it is a folder</source>
            <translation>impossibile leggere {path}: è una cartella</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="190" />
            <source>cannot read {path}: {0}</source>
            <translation>impossibile leggere {path}: {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="192" />
            <source>the package is larger than {0} MB; Pactline does not read packages that large</source>
            <translation>il pacchetto supera {0} MB; Pactline non legge pacchetti così grandi</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="203" />
            <source>not UTF-8 text: byte {start} (line {line}) is 0x{0:02x}, which UTF-8 does not allow there</source>
            <translation>non è testo UTF-8: il byte {start} (riga {line}) è 0x{0:02x}, che UTF-8 non ammette in quel punto</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="208" />
            <source>not valid JSON at line {lineno}, column {colno} (character {pos}): {msg}</source>
            <translation>JSON non valido alla riga {lineno}, colonna {colno} (carattere {pos}): {msg}</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="211" />
            <source>not valid JSON: {err} is not a JSON number</source>
            <translation>JSON non valido: {err} non è un numero JSON</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="213" />
            <source>the JSON is nested too deeply to be a package</source>
            <translation>il JSON è annidato troppo in profondità per essere un pacchetto</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="260" />
            <source>{0} is already on the roster (at {1})</source>
            <translation>{0} è già nell'elenco (in {1})</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="280" />
            <source>could not be stored ({orig})</source>
            <translation>non è stato possibile memorizzarlo ({orig})</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="300" />
            <source>the log does not verify once stored: {reason}</source>
            <translation>una volta memorizzato, il registro non supera la verifica: {reason}</translation>
        </message>
        <message>
            <location filename="../../model/package/exchange.py" line="304" />
            <source>the log does not match this seal: {verdict}</source>
            <translation>il registro non corrisponde a questo sigillo: {verdict}</translation>
        </message>
    </context>
    <context>
        <name>model.package.fields</name>
        <message>
            <location filename="../../model/package/fields.py" line="61" />
            <source>a number of {0} digits</source>
            <translation>un numero di {0} cifre</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="63" />
            <source>an object</source>
            <translation>un oggetto</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="65" />
            <source>a list</source>
            <translation>un elenco</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="97" />
            <source>must be a whole number (got {0})</source>
            <translation>deve essere un numero intero (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="99" />
            <source>must be between {minimum} and {maximum} (got {value})</source>
            <translation>deve essere compreso tra {minimum} e {maximum} (ricevuto {value})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="110" />
            <source>must be true or false (got {0})</source>
            <translation>deve essere true o false (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="116" />
            <source>must be a number (got {0})</source>
            <translation>deve essere un numero (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="124" />
            <source>must be text (got {0})</source>
            <translation>deve essere un testo (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="127" />
            <source>is not valid Unicode (an unpaired surrogate \u{0:04x} at character {1})</source>
            <translation>non è Unicode valido (un surrogato spaiato \u{0:04x} al carattere {1})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="130" />
            <source>is too long ({0} characters; at most {max_len})</source>
            <translation>è troppo lungo ({0} caratteri; al massimo {max_len})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="133" />
            <source>must not be empty</source>
            <translation>non deve essere vuoto</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="145" />
            <source>{0} is not one of: {1}</source>
            <translation>{0} non è tra: {1}</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="154" />
            <source>must not begin or end with spaces</source>
            <translation>non deve iniziare né finire con spazi</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="160" />
            <source>must be an ISO 8601 time with its zone, like 2026-03-02T06:00:00Z (got {0})</source>
            <translation>deve essere un orario ISO 8601 con il fuso, come 2026-03-02T06:00:00Z (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="165" />
            <source>{0} is not a real date and time</source>
            <translation>{0} non è una data e ora reale</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="167" />
            <source>{0} lies outside the years 1000-9999</source>
            <translation>{0} è fuori dagli anni 1000-9999</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="173" />
            <source>must be a date like 2024-01-12 (got {0})</source>
            <translation>deve essere una data come 2024-01-12 (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="177" />
            <source>{0} is not a real date</source>
            <translation>{0} non è una data reale</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="182" />
            <source>must be 64 lower-case hexadecimal digits (got {0})</source>
            <translation>deve essere di 64 cifre esadecimali minuscole (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="210" />
            <source>must be a list (got {0})</source>
            <translation>deve essere un elenco (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="212" />
            <source>has {0} items; at most {max_items}</source>
            <translation>ha {0} elementi; al massimo {max_items}</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="220" />
            <source>must be an object (got {0})</source>
            <translation>deve essere un oggetto (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="223" />
            <source>appears twice in the same object</source>
            <translation>compare due volte nello stesso oggetto</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="242" />
            <source>is not a severity (use "1" to "5")</source>
            <translation>non è una gravità (usare da "1" a "5")</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="246" />
            <source>is missing</source>
            <translation>manca</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="257" />
            <source>no incident type with code {0}</source>
            <translation>nessun tipo di incidente con codice {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="203" />
            <source>must be the {by} of {0} (got {1})</source>
            <translation type="vanished">deve essere {by} di {0} (ricevuto {1})</translation>
        </message>
        <message>
            <location filename="../../model/package/fields.py" line="206" />
            <source>no {what} with {by} {0}</source>
            <translation type="vanished">nessun {what} con {by} {0}</translation>
        </message>
    </context>
    <context>
        <name>model.package.schema</name>
        <message>
            <location filename="../../model/package/schema.py" line="89" />
            <source>signatory {0} already has a consultation record for incident {1}</source>
            <translation>il firmatario {0} ha già una registrazione di consultazione per l'incidente {1}</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="98" />
            <source>signatory {0} is already a party to treaty terms option {1}</source>
            <translation>il firmatario {0} è già parte dell'opzione di trattato {1}</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="107" />
            <source>a delivered inject needs both delivery times</source>
            <translation>un inject consegnato richiede entrambi gli orari di consegna</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="109" />
            <source>must be null for a {0} inject</source>
            <translation>deve essere null per un inject {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="115" />
            <source>must be a list of service calls (got {0})</source>
            <translation>deve essere un elenco di chiamate di servizio (trovato {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="120" />
            <source>must have exactly the fields service and kwargs</source>
            <translation>deve avere esattamente i campi service e kwargs</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="122" />
            <source>must name a service (got {0})</source>
            <translation>deve indicare un servizio (trovato {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="129" />
            <source>log entries must be listed by increasing id ({0} follows {last_log_id})</source>
            <translation>le voci del registro devono essere elencate per id crescente ({0} segue {last_log_id})</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="241" />
            <source>this is not a Pactline exercise package (it has no format field; expected "{FORMAT}")</source>
            <translation>questo non è un pacchetto di esercitazione Pactline (manca il campo del formato; atteso "{FORMAT}")</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="243" />
            <source>this is not a Pactline exercise package (it is of format {0}; expected "{FORMAT}")</source>
            <translation>questo non è un pacchetto di esercitazione Pactline (è del formato {0}; atteso "{FORMAT}")</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="247" />
            <source>package version {version} is newer than this Pactline reads ({VERSION}); update Pactline to import it</source>
            <translation>la versione {version} del pacchetto è più recente di quella che questo Pactline legge ({VERSION}); aggiornare Pactline per importarlo</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="283" />
            <source>branch point {0} has {count} outcomes; it needs at least 2</source>
            <translation>il punto di diramazione {0} ha {count} esiti; ne richiede almeno 2</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="286" />
            <source>branch point {0} has more than one outcome played</source>
            <translation>il punto di diramazione {0} ha più di un esito giocato</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="290" />
            <source>no outcome with id {current}</source>
            <translation>nessun esito con id {current}</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="294" />
            <source>a branch point cannot belong to one of its own outcomes or to a branch nested under it</source>
            <translation>un punto di diramazione non può appartenere a uno dei propri esiti né a una diramazione annidata sotto di esso</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="335" />
            <source>is missing</source>
            <translation>manca</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="346" />
            <source>must be a list (got {0})</source>
            <translation>deve essere un elenco (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="348" />
            <source>has {0} rows; at most {MAX_ROWS}</source>
            <translation>ha {0} righe; al massimo {MAX_ROWS}</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="357" />
            <source>{0} is used twice (also at {1})</source>
            <translation>{0} è usato due volte (anche in {1})</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="371" />
            <source>the log's hash chain is broken here: it does not name the hash of the entry before it</source>
            <translation>la catena di hash del registro è interrotta qui: non indica l'hash della voce precedente</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="377" />
            <source>the log's hash chain is broken here: the entry was altered after it was written</source>
            <translation>la catena di hash del registro è interrotta qui: la voce è stata alterata dopo la scrittura</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="240" />
            <source>this is not a Pactline exercise package (it {what}; expected "{FORMAT}")</source>
            <translation type="vanished">questo non è un pacchetto di esercitazione Pactline ({what}; atteso "{FORMAT}")</translation>
        </message>
        <message>
            <location filename="../../model/package/schema.py" line="329" />
            <source>is not a field of {what}</source>
            <translation type="vanished">non è un campo di {what}</translation>
        </message>
    </context>
    <context>
        <name>model.package.things</name>
        <message>
            <location filename="../../model/package/things.py" line="14" />
            <source>is not a field of an exercise package</source>
            <translation>non è un campo di un pacchetto di esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="15" />
            <source>is not a field of the catalogue</source>
            <translation>non è un campo del catalogo</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="16" />
            <source>is not a field of an incident type</source>
            <translation>non è un campo di un tipo di incidente</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="17" />
            <source>is not a field of an instrument</source>
            <translation>non è un campo di uno strumento</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="18" />
            <source>is not a field of a treaty terms option</source>
            <translation>non è un campo di un'opzione di trattato</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="19" />
            <source>is not a field of an exercise</source>
            <translation>non è un campo di un'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="20" />
            <source>is not a field of a clock</source>
            <translation>non è un campo dell'orologio</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="21" />
            <source>is not a field of a signatory</source>
            <translation>non è un campo di un firmatario</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="22" />
            <source>is not a field of a treaty party</source>
            <translation>non è un campo di una parte del trattato</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="23" />
            <source>is not a field of a branch point</source>
            <translation>non è un campo di un punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="24" />
            <source>is not a field of an outcome</source>
            <translation>non è un campo di un esito</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="25" />
            <source>is not a field of an incident</source>
            <translation>non è un campo di un incidente</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="26" />
            <source>is not a field of a consultation record</source>
            <translation>non è un campo di una registrazione di consultazione</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="27" />
            <source>is not a field of a commitment</source>
            <translation>non è un campo di un impegno</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="28" />
            <source>is not a field of a log entry</source>
            <translation>non è un campo di una voce del registro</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="29" />
            <source>is not a field of a log seal</source>
            <translation>non è un campo di un sigillo del registro</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="30" />
            <source>is not a field of an inject</source>
            <translation>non è un campo di un inject</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="31" />
            <source>is not a field of an objective</source>
            <translation>non è un campo di un obiettivo</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="32" />
            <source>is not a field of an observation</source>
            <translation>non è un campo di un'osservazione</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="33" />
            <source>is not a field of an improvement-plan item</source>
            <translation>non è un campo di una voce del piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="34" />
            <source>is not a field of a standing provision</source>
            <translation>non è un campo di una disposizione permanente</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="35" />
            <source>is not a field of a provision milestone</source>
            <translation>non è un campo di una tappa di disposizione</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="36" />
            <source>is not a field of a provision delivery</source>
            <translation>non è un campo di una consegna di disposizione</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="37" />
            <source>is not a field of a what-if variant</source>
            <translation>non è un campo di una variante d'ipotesi</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="42" />
            <source>must be the id of a treaty terms option (got {0})</source>
            <translation>deve essere l'identificativo di un'opzione di trattato (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="43" />
            <source>no treaty terms option with id {0}</source>
            <translation>nessuna opzione di trattato con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="44" />
            <source>must be the code of an instrument (got {0})</source>
            <translation>deve essere il codice di uno strumento (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="45" />
            <source>no instrument with code {0}</source>
            <translation>nessuno strumento con codice {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="46" />
            <source>must be the id of a signatory (got {0})</source>
            <translation>deve essere l'identificativo di un firmatario (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="46" />
            <source>no signatory with id {0}</source>
            <translation>nessun firmatario con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="47" />
            <source>must be the id of a branch point (got {0})</source>
            <translation>deve essere l'identificativo di un punto di diramazione (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="48" />
            <source>no branch point with id {0}</source>
            <translation>nessun punto di diramazione con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="49" />
            <source>must be the id of an outcome (got {0})</source>
            <translation>deve essere l'identificativo di un esito (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="49" />
            <source>no outcome with id {0}</source>
            <translation>nessun esito con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="50" />
            <source>must be the code of an incident type (got {0})</source>
            <translation>deve essere il codice di un tipo di incidente (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="51" />
            <source>no incident type with code {0}</source>
            <translation>nessun tipo di incidente con codice {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="52" />
            <source>must be the id of an incident (got {0})</source>
            <translation>deve essere l'identificativo di un incidente (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="52" />
            <source>no incident with id {0}</source>
            <translation>nessun incidente con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="53" />
            <source>must be the id of an earlier log entry (got {0})</source>
            <translation>deve essere l'identificativo di una voce precedente del registro (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="54" />
            <source>no earlier log entry with id {0}</source>
            <translation>nessuna voce precedente del registro con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="55" />
            <source>must be the id of an objective (got {0})</source>
            <translation>deve essere l'identificativo di un obiettivo (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="55" />
            <source>no objective with id {0}</source>
            <translation>nessun obiettivo con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="56" />
            <source>must be the id of a log entry (got {0})</source>
            <translation>deve essere l'identificativo di una voce del registro (ricevuto {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="56" />
            <source>no log entry with id {0}</source>
            <translation>nessuna voce del registro con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="57" />
            <source>must be the id of a standing provision (got {0})</source>
            <translation>deve essere l'identificativo di una disposizione permanente (trovato {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="58" />
            <source>no standing provision with id {0}</source>
            <translation>nessuna disposizione permanente con identificativo {0}</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="59" />
            <source>must be the id of a provision milestone (got {0})</source>
            <translation>deve essere l'identificativo di una tappa di disposizione (trovato {0})</translation>
        </message>
        <message>
            <location filename="../../model/package/things.py" line="60" />
            <source>no provision milestone with id {0}</source>
            <translation>nessuna tappa di disposizione con identificativo {0}</translation>
        </message>
    </context>
    <context>
        <name>model.provision_findings</name>
        <message>
            <location filename="../../model/provision_findings.py" line="22" />
            <location filename="../../model/provision_findings.py" line="25" />
            <source>{0} of {1} delivered</source>
            <translation>{0} su {1} consegnati</translation>
        </message>
        <message>
            <location filename="../../model/provision_findings.py" line="28" />
            <source>nothing delivered against it</source>
            <translation>nulla consegnato a fronte della tappa</translation>
        </message>
        <message>
            <location filename="../../model/provision_findings.py" line="29" />
            <source>{who} {title}: “{what}” overdue since {due}; {delivered}</source>
            <translation>{who} {title}: “{what}” in ritardo dal {due}; {delivered}</translation>
        </message>
        <message>
            <location filename="../../model/provision_findings.py" line="32" />
            <source> (figures assumed)</source>
            <translation> (cifre ipotizzate)</translation>
        </message>
        <message>
            <location filename="../../model/provision_findings.py" line="60" />
            <source>… and {0} more overdue provision milestones (due earlier)</source>
            <translation>… e altre {0} tappe di disposizioni in ritardo (con scadenza anteriore)</translation>
        </message>
    </context>
    <context>
        <name>model.provision_report</name>
        <message>
            <location filename="../../model/provision_report.py" line="48" />
            <source>{0} milestones: {1} delivered, {2} on schedule, {3} due soon, {4} overdue</source>
            <translation>{0} tappe: {1} consegnate, {2} nei tempi, {3} in scadenza, {4} in ritardo</translation>
        </message>
        <message>
            <location filename="../../model/provision_report.py" line="73" />
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <location filename="../../model/provision_report.py" line="73" />
            <source>not yet</source>
            <translation>non ancora</translation>
        </message>
        <message>
            <location filename="../../model/provision_report.py" line="74" />
            <source> (late)</source>
            <translation> (in ritardo)</translation>
        </message>
    </context>
    <context>
        <name>model.provision_status</name>
        <message>
            <location filename="../../model/provision_status.py" line="23" />
            <source>delivered</source>
            <translation>consegnata</translation>
        </message>
        <message>
            <location filename="../../model/provision_status.py" line="23" />
            <source>on schedule</source>
            <translation>nei tempi</translation>
        </message>
        <message>
            <location filename="../../model/provision_status.py" line="24" />
            <source>overdue</source>
            <translation>in ritardo</translation>
        </message>
        <message>
            <location filename="../../model/provision_status.py" line="24" />
            <source>due soon</source>
            <translation>in scadenza</translation>
        </message>
        <message>
            <location filename="../../model/provision_status.py" line="25" />
            <source>Strengthening the armed forces</source>
            <translation>Rafforzamento delle forze armate</translation>
        </message>
        <message>
            <location filename="../../model/provision_status.py" line="26" />
            <source>Intelligence cooperation</source>
            <translation>Cooperazione di intelligence</translation>
        </message>
        <message>
            <location filename="../../model/provision_status.py" line="26" />
            <source>Other provision</source>
            <translation>Altra disposizione</translation>
        </message>
    </context>
    <context>
        <name>model.reltime</name>
        <message>
            <location filename="../../model/reltime.py" line="42" />
            <source>empty time</source>
            <translation>orario vuoto</translation>
        </message>
        <message>
            <location filename="../../model/reltime.py" line="50" />
            <source>day and clock (D+n hh:mm)</source>
            <translation>giorno e ora (D+n hh:mm)</translation>
        </message>
        <message>
            <location filename="../../model/reltime.py" line="55" />
            <source>'{raw}': minutes must be 00-59</source>
            <translation>'{raw}': i minuti devono essere 00-59</translation>
        </message>
        <message>
            <location filename="../../model/reltime.py" line="57" />
            <source>offset from STARTEX (T+/H+)</source>
            <translation>scarto da STARTEX (T+/H+)</translation>
        </message>
        <message>
            <location filename="../../model/reltime.py" line="68" />
            <source>weekday and clock (first one from STARTEX)</source>
            <translation>giorno della settimana e ora (il primo da STARTEX)</translation>
        </message>
        <message>
            <location filename="../../model/reltime.py" line="73" />
            <source>'{raw}' is not a time Pactline understands: use ISO 8601 with a zone (2026-03-02T14:00Z), D+1 14:00, T+26h, H+2:30 or Tue 14:00</source>
            <translation>'{raw}' non è un orario comprensibile per Pactline: usare ISO 8601 con il fuso (2026-03-02T14:00Z), D+1 14:00, T+26h, H+2:30 o mar 14:00</translation>
        </message>
        <message>
            <location filename="../../model/reltime.py" line="79" />
            <source>'{raw}': the clock time must be 00:00-23:59</source>
            <translation>'{raw}': l'ora deve essere 00:00-23:59</translation>
        </message>
    </context>
    <context>
        <name>model.report_content</name>
        <message>
            <location filename="../../model/report_content.py" line="40" />
            <source>Exercise Overview</source>
            <translation>Quadro generale dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="40" />
            <source>Exercise Timeline</source>
            <translation>Cronologia dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="40" />
            <source>Incidents: Obligations and Outcomes</source>
            <translation>Incidenti: obblighi ed esiti</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="41" />
            <source>Compliance by Signatory</source>
            <translation>Adempimento per firmatario</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="41" />
            <source>Response Latency</source>
            <translation>Latenza delle risposte</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="41" />
            <source>Commitment Matrix</source>
            <translation>Matrice degli impegni</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="42" />
            <source>Proportionality Gaps</source>
            <translation>Lacune di proporzionalità</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="42" />
            <source>Parliamentary Gates</source>
            <translation>Vincoli parlamentari</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="42" />
            <source>Options Compared</source>
            <translation>Opzioni a confronto</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="43" />
            <source>Decision Log Excerpts</source>
            <translation>Estratti del registro delle decisioni</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="43" />
            <source>Analysis of Objectives</source>
            <translation>Analisi degli obiettivi</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="43" />
            <source>Improvement Plan</source>
            <translation>Piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="44" />
            <source>Standing Provisions</source>
            <translation>Disposizioni permanenti</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="66" />
            <source>{0} left</source>
            <translation>{0} rimanenti</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="66" />
            <source>{0} early</source>
            <translation>{0} in anticipo</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="67" />
            <source>+{0} late</source>
            <translation>+{0} di ritardo</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="67" />
            <source>not done, {0} overdue</source>
            <translation>non eseguita, {0} di ritardo</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="81" />
            <source>required, {0} h (assumed)</source>
            <translation>richiesta, {0} h (ipotizzato)</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="81" />
            <source>required, {0} h</source>
            <translation>richiesta, {0} h</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="91" />
            <source>not required</source>
            <translation>non richiesta</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="160" />
            <source>log entry #{0}, {1}: “{2}”</source>
            <translation>voce di registro #{0}, {1}: “{2}”</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="274" />
            <source>Assessed at ENDEX.</source>
            <translation>Valutato a ENDEX.</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="275" />
            <source>Assessed at the exercise clock, before ENDEX ({0}): deadlines not yet due are shown as pending.</source>
            <translation>Valutato all'orologio dell'esercitazione, prima di ENDEX ({0}): le scadenze non ancora dovute risultano in corso.</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="283" />
            <source>Signatories</source>
            <translation>Firmatari</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="284" />
            <source>Incidents (occurred / planned)</source>
            <translation>Incidenti (avvenuti / pianificati)</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="285" />
            <source>Reaction deadlines met / missed / pending</source>
            <translation>Scadenze di reazione rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="287" />
            <source>Consultation deadlines met / missed / pending</source>
            <translation>Scadenze di consultazione rispettate / mancate / in corso</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="289" />
            <source>Commitments announced</source>
            <translation>Impegni annunciati</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="290" />
            <source>Incidents with a proportionality gap</source>
            <translation>Incidenti con una lacuna di proporzionalità</translation>
        </message>
        <message>
            <location filename="../../model/report_content.py" line="291" />
            <source>Parliamentary gate violations</source>
            <translation>Violazioni dei vincoli parlamentari</translation>
        </message>
    </context>
    <context>
        <name>model.roster_lists</name>
        <message>
            <location filename="../../model/roster_lists.py" line="39" />
            <source>'{code}' is not an ISO 3166-1 alpha-2 country code</source>
            <translation>'{code}' non è un codice di paese ISO 3166-1 alpha-2</translation>
        </message>
    </context>
    <context>
        <name>model.services.branches</name>
        <message>
            <location filename="../../model/services/branches.py" line="32" />
            <source>Incident #{id} put on {outcome}</source>
            <translation>Incidente #{id} collocato su {outcome}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="33" />
            <source>Inject #{id} put on {outcome}</source>
            <translation>Inject #{id} collocato su {outcome}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="34" />
            <source>Commitment #{id} put on {outcome}</source>
            <translation>Impegno #{id} collocato su {outcome}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="39" />
            <source>must be a list of outcome names</source>
            <translation>deve essere un elenco di nomi di esiti</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="42" />
            <source>a branch point needs at least {MIN_OUTCOMES} outcomes</source>
            <translation>un punto di diramazione richiede almeno {MIN_OUTCOMES} esiti</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="45" />
            <source>two outcomes have the same name</source>
            <translation>due esiti hanno lo stesso nome</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="59" />
            <source>a branch point cannot belong to one of its own outcomes or to a branch nested under it</source>
            <translation>un punto di diramazione non può appartenere a uno dei propri esiti né a una diramazione annidata sotto di esso</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="66" />
            <source>the trunk</source>
            <translation>il tronco comune</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="69" />
            <source>'{outcome}' of '{question}'</source>
            <translation>'{outcome}' di '{question}'</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="85" />
            <source>Branch point #{id} '{question}' added at {when} ({outcomes})</source>
            <translation>Punto di diramazione #{id} '{question}' aggiunto a {when} ({outcomes})</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="88" />
            <source>{added}, under {outcome}</source>
            <translation>{added}, sotto {outcome}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="98" />
            <source>is not a field of a branch point</source>
            <translation>non è un campo di un punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="110" />
            <source>Branch point #{id} '{question}' edited</source>
            <translation>Punto di diramazione #{id} '{question}' modificato</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="170" />
            <source>Branch point #{id} '{question}' removed</source>
            <translation>Punto di diramazione #{id} '{question}' rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="172" />
            <source>Branch point #{id} '{question}' removed with {records}</source>
            <translation>Punto di diramazione #{id} '{question}' rimosso con {records}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="174" />
            <source>{0} record of its outcomes</source>
            <translation>{0} registrazione dei suoi esiti</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="174" />
            <source>{0} records of its outcomes</source>
            <translation>{0} registrazioni dei suoi esiti</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="186" />
            <source>'{question}' already has an outcome '{name}'</source>
            <translation>'{question}' ha già un esito '{name}'</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="192" />
            <source>Outcome '{name}' added to branch point '{question}'</source>
            <translation>Esito '{name}' aggiunto al punto di diramazione '{question}'</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="204" />
            <source>this branch point already has an outcome '{name}'</source>
            <translation>questo punto di diramazione ha già un esito '{name}'</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="207" />
            <source>Outcome '{old}' renamed '{name}'</source>
            <translation>Esito '{old}' rinominato '{name}'</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="220" />
            <source>'{question}' needs at least {MIN_OUTCOMES} outcomes; delete the branch point instead</source>
            <translation>'{question}' richiede almeno {MIN_OUTCOMES} esiti; eliminare piuttosto il punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="224" />
            <source>'{name}' was played; it cannot be removed</source>
            <translation>'{name}' è stato giocato; non può essere rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="230" />
            <source>Outcome '{name}' of '{question}' removed</source>
            <translation>Esito '{name}' di '{question}' rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="232" />
            <source>Outcome '{name}' of '{question}' removed with {records}</source>
            <translation>Esito '{name}' di '{question}' rimosso con {records}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="233" />
            <source>{0} record</source>
            <translation>{0} registrazione</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="233" />
            <source>{0} records</source>
            <translation>{0} registrazioni</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="261" />
            <source>incident #{id} is already on {0}</source>
            <translation>l'incidente #{id} è già su {0}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="276" />
            <source>Incident #{id} copied to {outcome} as incident #{copy}</source>
            <translation>Incidente #{id} copiato su {outcome} come incidente #{copy}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="299" />
            <source>'{question}' was already resolved</source>
            <translation>'{question}' era già stato risolto</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="302" />
            <source>'{question}' belongs to {0}, which has not been played</source>
            <translation>'{question}' appartiene a {0}, che non è stato giocato</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="308" />
            <source>outcome {outcome_id} is not an outcome of '{question}'</source>
            <translation>l'esito {outcome_id} non è un esito di '{question}'</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="311" />
            <source>Branch point '{question}' resolved at {when}: {outcome}</source>
            <translation>Punto di diramazione '{question}' risolto a {when}: {outcome}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="322" />
            <source>Inject {number} skipped: its outcome {outcome} was not played</source>
            <translation>Inject {number} saltato: il suo esito {outcome} non è stato giocato</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="325" />
            <source>{resolved}; {skipped}</source>
            <translation>{resolved}; {skipped}</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="326" />
            <source>{0} inject of the other outcomes skipped</source>
            <translation>{0} inject degli altri esiti saltato</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="327" />
            <source>{0} injects of the other outcomes skipped</source>
            <translation>{0} inject degli altri esiti saltati</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="337" />
            <source>'{question}' is not resolved</source>
            <translation>'{question}' non è risolto</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="342" />
            <source>a branch point nested under '{question}' was resolved since; take that back first</source>
            <translation>nel frattempo è stato risolto un punto di diramazione annidato sotto '{question}'; annullare prima quella risoluzione</translation>
        </message>
        <message>
            <location filename="../../model/services/branches.py" line="352" />
            <source>Resolution of branch point '{question}' taken back</source>
            <translation>Risoluzione del punto di diramazione '{question}' annullata</translation>
        </message>
    </context>
    <context>
        <name>model.services.evaluation</name>
        <message>
            <location filename="../../model/services/evaluation.py" line="53" />
            <source>Objective {code} added: {title}</source>
            <translation>Obiettivo {code} aggiunto: {title}</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="66" />
            <source>not rated</source>
            <translation>non valutato</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="66" />
            <source>Objective {code} rated {rating}</source>
            <translation>Obiettivo {code} valutato: {rating}</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="68" />
            <source>Objective {code} edited ({fields})</source>
            <translation>Obiettivo {code} modificato ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="80" />
            <source>Objective {code} removed with {observations} and {items}</source>
            <translation>Obiettivo {code} rimosso con {observations} e {items}</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="81" />
            <source>{0} observation</source>
            <translation>{0} osservazione</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="81" />
            <source>{0} observations</source>
            <translation>{0} osservazioni</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="82" />
            <source>{0} improvement-plan item</source>
            <translation>{0} voce del piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="82" />
            <source>{0} improvement-plan items</source>
            <translation>{0} voci del piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="99" />
            <location filename="../../model/services/evaluation.py" line="127" />
            <source>objective {objective_id} does not exist</source>
            <translation>l'obiettivo {objective_id} non esiste</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="102" />
            <source>log entry {log_entry_id} does not exist</source>
            <translation>la voce del registro {log_entry_id} non esiste</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="109" />
            <source>Observation on {code} ({kind}): {text}</source>
            <translation>Osservazione su {code} ({kind}): {text}</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="118" />
            <source>Observation {id} removed</source>
            <translation>Osservazione {id} rimossa</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="132" />
            <source>cannot be before the start date</source>
            <translation>non può precedere la data di inizio</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="154" />
            <source>Improvement-plan item added: {issue}</source>
            <translation>Voce del piano di miglioramento aggiunta: {issue}</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="166" />
            <source>Improvement-plan item {id} edited ({fields})</source>
            <translation>Voce del piano di miglioramento {id} modificata ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/evaluation.py" line="176" />
            <source>Improvement-plan item {id} removed</source>
            <translation>Voce del piano di miglioramento {id} rimossa</translation>
        </message>
    </context>
    <context>
        <name>model.services.exercise</name>
        <message>
            <location filename="../../model/services/exercise.py" line="35" />
            <source>'{0}' is not a colour like #2e7d32</source>
            <translation>'{0}' non è un colore come #2e7d32</translation>
        </message>
        <message>
            <location filename="../../model/services/exercise.py" line="38" />
            <source>ENDEX must come after STARTEX</source>
            <translation>ENDEX deve venire dopo STARTEX</translation>
        </message>
        <message>
            <location filename="../../model/services/exercise.py" line="53" />
            <source>Exercise settings edited ({fields})</source>
            <translation>Impostazioni dell'esercitazione modificate ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/exercise.py" line="61" />
            <source>must be a factor above 0 and at most {MAX_SPEED:g} (got {speed!r})</source>
            <translation>deve essere un fattore maggiore di 0 e al massimo {MAX_SPEED:g} (ricevuto {speed!r})</translation>
        </message>
        <message>
            <location filename="../../model/services/exercise.py" line="80" />
            <source>Clock {action} at {when} (x{speed})</source>
            <translation>Orologio {action} a {when} (x{speed})</translation>
        </message>
    </context>
    <context>
        <name>model.services.incidents</name>
        <message>
            <location filename="../../model/services/incidents.py" line="28" />
            <source>'{0}' is not an incident type of this exercise's catalogue</source>
            <translation>'{0}' non è un tipo di incidente del catalogo di questa esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/services/incidents.py" line="49" />
            <source>Incident #{id} ({kind}, S{severity}) added at {when}</source>
            <translation>Incidente #{id} ({kind}, S{severity}) aggiunto a {when}</translation>
        </message>
        <message>
            <location filename="../../model/services/incidents.py" line="63" />
            <source>Incident #{id} moved to {when}</source>
            <translation>Incidente #{id} spostato a {when}</translation>
        </message>
        <message>
            <location filename="../../model/services/incidents.py" line="65" />
            <source>Incident #{id} edited ({fields})</source>
            <translation>Incidente #{id} modificato ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/incidents.py" line="83" />
            <source>Incident #{id} ({kind}) removed</source>
            <translation>Incidente #{id} ({kind}) rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/incidents.py" line="85" />
            <source>Incident #{id} ({kind}) removed with {records}</source>
            <translation>Incidente #{id} ({kind}) rimosso con {records}</translation>
        </message>
        <message>
            <location filename="../../model/services/incidents.py" line="86" />
            <source>{0} commitment or consultation record</source>
            <translation>{0} registrazione di impegno o di consultazione</translation>
        </message>
        <message>
            <location filename="../../model/services/incidents.py" line="87" />
            <source>{0} commitment or consultation records</source>
            <translation>{0} registrazioni di impegni o di consultazioni</translation>
        </message>
    </context>
    <context>
        <name>model.services.injects</name>
        <message>
            <location filename="../../model/services/injects.py" line="53" />
            <source>an incident inject needs an incident type</source>
            <translation>un inject di incidente richiede un tipo di incidente</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="56" />
            <location filename="../../model/services/injects.py" line="63" />
            <source>'{incident_type}' is not an incident type of this exercise</source>
            <translation>'{incident_type}' non è un tipo di incidente di questa esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="86" />
            <source>must be a branch point id, got {value!r}</source>
            <translation>deve essere un id di punto di diramazione, ricevuto {value!r}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="88" />
            <source>branch point {value} does not exist (it may have been deleted)</source>
            <translation>il punto di diramazione {value} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="99" />
            <source>must map field names to text</source>
            <translation>deve associare un testo ai nomi dei campi</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="101" />
            <source>has {0} fields; at most {MAX_ADDITIONAL_FIELDS}</source>
            <translation>ha {0} campi; al massimo {MAX_ADDITIONAL_FIELDS}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="107" />
            <source>names the field '{name}' twice</source>
            <translation>indica due volte il campo '{name}'</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="109" />
            <source>'{name}' must be text, got {name__}</source>
            <translation>'{name}' deve essere un testo, ricevuto {name__}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="112" />
            <source>'{name}' is too long ({0} characters; at most 4000)</source>
            <translation>'{name}' è troppo lungo ({0} caratteri; al massimo 4000)</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="134" />
            <source>ad-hoc inject {number} planned for {when}: {synopsis}</source>
            <translation>Inject estemporaneo {number} pianificato per {when}: {synopsis}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="135" />
            <source>Inject {number} planned for {when}: {synopsis}</source>
            <translation>Inject {number} pianificato per {when}: {synopsis}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="159" />
            <location filename="../../model/services/injects.py" line="364" />
            <source>is required</source>
            <translation>è obbligatorio</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="172" />
            <source>{0} inject added to the MSEL</source>
            <translation>{0} inject aggiunto alla MSEL</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="172" />
            <source>{0} injects added to the MSEL</source>
            <translation>{0} inject aggiunti alla MSEL</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="174" />
            <source>{added}; STARTEX {startex}, ENDEX {endex} set from the sheet</source>
            <translation>{added}; STARTEX {startex} ed ENDEX {endex} presi dal foglio</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="185" />
            <source>ENDEX must come after STARTEX</source>
            <translation>ENDEX deve venire dopo STARTEX</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="200" />
            <source>Inject {number} edited ({fields})</source>
            <translation>Inject {number} modificato ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="210" />
            <location filename="../../model/services/injects.py" line="401" />
            <source>Inject {number} removed from the MSEL</source>
            <translation>Inject {number} rimosso dalla MSEL</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="219" />
            <source>must be a time span</source>
            <translation>deve essere un intervallo di tempo</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="221" />
            <source>must be less than a year</source>
            <translation>deve essere inferiore a un anno</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="231" />
            <source>no inject belongs to phase '{phase}'</source>
            <translation>nessun inject appartiene alla fase '{phase}'</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="236" />
            <source>{injects} of phase '{phase}' shifted by {hours} h</source>
            <translation>{injects} della fase '{phase}' spostati di {hours} h</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="237" />
            <source>{injects} of the whole MSEL shifted by {hours} h</source>
            <translation>{injects} dell'intera MSEL spostati di {hours} h</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="238" />
            <source>{0} inject</source>
            <translation>{0} inject</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="238" />
            <source>{0} injects</source>
            <translation>{0} inject</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="252" />
            <source>inject {number} was already {status}</source>
            <translation>l'inject {number} era già {status}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="263" />
            <source>Inject {number} fired now at {when} (planned {planned}): {synopsis}</source>
            <translation>Inject {number} inviato subito a {when} (pianificato {planned}): {synopsis}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="264" />
            <source>Inject {number} delivered at {when} (planned {planned}): {synopsis}</source>
            <translation>Inject {number} inviato a {when} (pianificato {planned}): {synopsis}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="275" />
            <source>inject {number} is {status} and cannot be {verb}</source>
            <translation>l'inject {number} è {status} e non può essere {verb}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="286" />
            <source>held</source>
            <translation>trattenuto</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="286" />
            <source>skipped</source>
            <translation>saltato</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="286" />
            <source>released</source>
            <translation>rilasciato</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="288" />
            <source>Inject {number} held</source>
            <translation>Inject {number} trattenuto</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="288" />
            <source>Inject {number} released</source>
            <translation>Inject {number} rilasciato</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="289" />
            <source>Inject {number} skipped</source>
            <translation>Inject {number} saltato</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="314" />
            <source>inject {number} is already planned</source>
            <translation>l'inject {number} è già pianificato</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="321" />
            <source>Inject {number} returned to planned (was {status})</source>
            <translation>Inject {number} riportato a pianificato (era {status})</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="324" />
            <source>{reverted}; incident #{id} removed with {records}</source>
            <translation>{reverted}; incidente #{id} rimosso con {records}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="325" />
            <source>{reverted}; incident #{id} removed</source>
            <translation>{reverted}; incidente #{id} rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="327" />
            <source>{0} commitment or consultation record</source>
            <translation>{0} registrazione di impegno o di consultazione</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="328" />
            <source>{0} commitment or consultation records</source>
            <translation>{0} registrazioni di impegni o di consultazioni</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="376" />
            <source>must be a list of inject ids</source>
            <translation>deve essere un elenco di id di inject</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="380" />
            <source>must be an inject id, got {inject_id!r}</source>
            <translation>deve essere un id di inject, ricevuto {inject_id!r}</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="384" />
            <source>must name at least one inject</source>
            <translation>deve indicare almeno un inject</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="392" />
            <source>inject {inject_id} does not exist (it may have been deleted)</source>
            <translation>l'inject {inject_id} non esiste (potrebbe essere stato eliminato)</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="399" />
            <source>{count} injects removed from the MSEL</source>
            <translation>{count} inject rimossi dalla MSEL</translation>
        </message>
        <message>
            <location filename="../../model/services/injects.py" line="403" />
            <source>{removed}; STARTEX {startex} and ENDEX {endex} again</source>
            <translation>{removed}; di nuovo STARTEX {startex} ed ENDEX {endex}</translation>
        </message>
    </context>
    <context>
        <name>model.services.log</name>
        <message>
            <location filename="../../model/services/log.py" line="104" />
            <source>log entry {refers_to} does not exist</source>
            <translation>la voce del registro {refers_to} non esiste</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="180" />
            <source>'{0}' is not a log head: give the hash printed on the report or export ({MIN_HEAD_DIGITS} to 64 hex digits)</source>
            <translation>'{0}' non è una testa del registro: indicare l'hash stampato sul rapporto o sull'esportazione (da {MIN_HEAD_DIGITS} a 64 cifre esadecimali)</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="226" />
            <source>Log altered: entry #{entry}: {reason}</source>
            <translation>Registro alterato: voce #{entry}: {reason}</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="229" />
            <source>Log truncated: {0} entry after seal #{number} of {when} is missing (sealed with {sealed}, {left} left)</source>
            <translation>Registro troncato: manca {0} voce dopo il sigillo #{number} del {when} (sigillato con {sealed}, ne restano {left})</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="231" />
            <source>Log truncated: {0} entries after seal #{number} of {when} are missing (sealed with {sealed}, {left} left)</source>
            <translation>Registro troncato: mancano {0} voci dopo il sigillo #{number} del {when} (sigillato con {sealed}, ne restano {left})</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="235" />
            <source>Log rewritten since seal #{number} of {when}: entry #{entry} no longer has the hash sealed then (its hashes were recomputed)</source>
            <translation>Registro riscritto dopo il sigillo #{number} del {when}: la voce #{entry} non ha più l'hash sigillato allora (i suoi hash sono stati ricalcolati)</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="239" />
            <source>Log rewritten: it does not contain the head {head} printed on the report or export</source>
            <translation>Registro riscritto: non contiene la testa {head} stampata sul rapporto o sull'esportazione</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="242" />
            <source>Log intact: {entries} entries, hash chain verified, matches seal #{number} of {when}</source>
            <translation>Registro integro: {entries} voci, catena di hash verificata, corrisponde al sigillo #{number} del {when}</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="245" />
            <source>Log intact: {entries} entries, hash chain verified (not sealed yet: a seal is written at ENDEX and with every report or export)</source>
            <translation>Registro integro: {entries} voci, catena di hash verificata (non ancora sigillato: un sigillo viene scritto a ENDEX e con ogni rapporto o esportazione)</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="248" />
            <source>; the expected head is the empty log's</source>
            <translation>; la testa attesa è quella del registro vuoto</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="249" />
            <source>; the expected head is entry #{entry}'s</source>
            <translation>; la testa attesa è quella della voce #{entry}</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="295" />
            <source>its link to the previous entry is broken (entry {first} is missing: removed from the file)</source>
            <translation>il suo collegamento alla voce precedente è interrotto (manca la voce {first}: rimossa dal file)</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="297" />
            <source>its link to the previous entry is broken (entries {first}–{last} are missing: removed from the file)</source>
            <translation>il suo collegamento alla voce precedente è interrotto (mancano le voci {first}–{last}: rimosse dal file)</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="300" />
            <source>its link to the previous entry is broken (an entry before it was removed or replaced)</source>
            <translation>il suo collegamento alla voce precedente è interrotto (una voce precedente è stata rimossa o sostituita)</translation>
        </message>
        <message>
            <location filename="../../model/services/log.py" line="306" />
            <source>its content was altered after it was written</source>
            <translation>il suo contenuto è stato alterato dopo la scrittura</translation>
        </message>
    </context>
    <context>
        <name>model.services.parties</name>
        <message>
            <location filename="../../model/services/parties.py" line="28" />
            <source>signed</source>
            <translation>firma</translation>
        </message>
        <message>
            <location filename="../../model/services/parties.py" line="28" />
            <source>ratified</source>
            <translation>ratifica</translation>
        </message>
        <message>
            <location filename="../../model/services/parties.py" line="28" />
            <source>in force</source>
            <translation>entrata in vigore</translation>
        </message>
        <message>
            <location filename="../../model/services/parties.py" line="36" />
            <source>a party bound on {0} needs the time it was bound from</source>
            <translation>una parte vincolata da {0} richiede l'ora da cui è vincolata</translation>
        </message>
        <message>
            <location filename="../../model/services/parties.py" line="89" />
            <source>{code} is a party to '{terms}' from its agreement date ({basis})</source>
            <translation>{code} è parte di '{terms}' dalla data della sua adesione ({basis})</translation>
        </message>
        <message>
            <location filename="../../model/services/parties.py" line="91" />
            <source>{code} is a party to '{terms}' from {when} ({basis})</source>
            <translation>{code} è parte di '{terms}' da {when} ({basis})</translation>
        </message>
        <message>
            <location filename="../../model/services/parties.py" line="105" />
            <source>{code} is not a party to '{name}'</source>
            <translation>{code} non è parte di '{name}'</translation>
        </message>
        <message>
            <location filename="../../model/services/parties.py" line="109" />
            <source>{code} is no longer a party to '{terms}'</source>
            <translation>{code} non è più parte di '{terms}'</translation>
        </message>
    </context>
    <context>
        <name>model.services.provisions</name>
        <message>
            <location filename="../../model/services/provisions.py" line="47" />
            <location filename="../../model/services/provisions.py" line="54" />
            <source>must be a number, got {0!r}</source>
            <translation>deve essere un numero, trovato {0!r}</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="56" />
            <source>cannot be negative (got {0:g})</source>
            <translation>non può essere negativo (trovato {0:g})</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="58" />
            <source>must be at most {0:g} (got {1:g})</source>
            <translation>deve essere al massimo {0:g} (trovato {1:g})</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="68" />
            <source>a pledged quantity needs its unit (systems, instructors, batteries…)</source>
            <translation>una quantità promessa richiede la sua unità (sistemi, istruttori, batterie…)</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="70" />
            <source>'{0}' is not a three-letter currency code (EUR, GBP, USD…)</source>
            <translation>'{0}' non è un codice valuta di tre lettere (EUR, GBP, USD…)</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="72" />
            <source>a pledged value needs its currency (EUR, GBP, USD…)</source>
            <translation>un valore promesso richiede la sua valuta (EUR, GBP, USD…)</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="98" />
            <source>Standing provision {name} added</source>
            <translation>Disposizione permanente {name} aggiunta</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="110" />
            <source>Standing provision {name} edited ({fields})</source>
            <translation>Disposizione permanente {name} modificata ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="123" />
            <source>Standing provision {name} removed with {milestones} and {deliveries}</source>
            <translation>Disposizione permanente {name} rimossa con {milestones} e {deliveries}</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="124" />
            <source>{0} milestone</source>
            <translation>{0} tappa</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="124" />
            <source>{0} milestones</source>
            <translation>{0} tappe</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="125" />
            <source>{0} delivery</source>
            <translation>{0} consegna</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="125" />
            <source>{0} deliveries</source>
            <translation>{0} consegne</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="162" />
            <source>Milestone of {name} added, due {when}: {what}</source>
            <translation>Tappa di {name} aggiunta, prevista per {when}: {what}</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="176" />
            <source>Milestone {id} of {name} edited ({fields})</source>
            <translation>Tappa {id} di {name} modificata ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="194" />
            <source>Milestone {id} of {name} removed: {what}</source>
            <translation>Tappa {id} di {name} rimossa: {what}</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="208" />
            <source>milestone {0} is not a milestone of this provision</source>
            <translation>la tappa {0} non è una tappa di questa disposizione permanente</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="223" />
            <source>Delivery under {name} recorded at {when}</source>
            <translation>Consegna a titolo di {name} registrata a {when}</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="237" />
            <source>Delivery {id} under {name} edited ({fields})</source>
            <translation>Consegna {id} a titolo di {name} modificata ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/provisions.py" line="249" />
            <source>Delivery {id} under {name} removed</source>
            <translation>Consegna {id} a titolo di {name} rimossa</translation>
        </message>
    </context>
    <context>
        <name>model.services.records</name>
        <message>
            <location filename="../../model/services/records.py" line="39" />
            <source>is not a field of a commitment</source>
            <translation>non è un campo di un impegno</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="40" />
            <source>is not a field of a consultation</source>
            <translation>non è un campo di una consultazione</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="41" />
            <source>is not a field of an exercise</source>
            <translation>non è un campo di un'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="42" />
            <source>is not a field of an incident</source>
            <translation>non è un campo di un incidente</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="43" />
            <source>is not a field of a signatory</source>
            <translation>non è un campo di un firmatario</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="44" />
            <source>is not a field of a treaty terms option</source>
            <translation>non è un campo di un'opzione di trattato</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="45" />
            <source>is not a field of an improvement-plan item</source>
            <translation>non è un campo di una voce del piano di miglioramento</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="46" />
            <source>is not a field of an objective</source>
            <translation>non è un campo di un obiettivo</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="47" />
            <source>is not a field of an inject</source>
            <translation>non è un campo di un inject</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="48" />
            <source>is not a field of a standing provision</source>
            <translation>non è un campo di una disposizione permanente</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="49" />
            <source>is not a field of a milestone</source>
            <translation>non è un campo di una tappa</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="50" />
            <source>is not a field of a delivery</source>
            <translation>non è un campo di una consegna</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="58" />
            <source>is not a field of a {what}</source>
            <translation>non è un campo di {what}</translation>
        </message>
        <message>
            <location filename="../../model/services/records.py" line="89" />
            <source>Restored removed items</source>
            <translation>Ripristinati gli elementi rimossi</translation>
        </message>
    </context>
    <context>
        <name>model.services.responses</name>
        <message>
            <location filename="../../model/services/responses.py" line="31" />
            <source>incident {incident_id} does not exist</source>
            <translation>l'incidente {incident_id} non esiste</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="35" />
            <source>signatory {signatory_id} does not exist</source>
            <translation>il firmatario {signatory_id} non esiste</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="45" />
            <source>'{0}' is not an instrument of this exercise's catalogue</source>
            <translation>'{0}' non è uno strumento del catalogo di questa esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="50" />
            <source>'{name}' is an {0} measure, not {1}</source>
            <translation>'{name}' è una misura di ambito {0}, non {1}</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="51" />
            <source>'{name}' is a {0} measure, not {1}</source>
            <translation>'{name}' è una misura di ambito {0}, non {1}</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="56" />
            <location filename="../../model/services/responses.py" line="63" />
            <source>cannot be before the commitment was announced</source>
            <translation>non può precedere l'annuncio dell'impegno</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="60" />
            <source>is set but the commitment is {status}, not withdrawn</source>
            <translation>è impostato ma l'impegno è {status}, non ritirato</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="76" />
            <source>{code} commitment to incident #{incident}: {category} — {measure} ({status})</source>
            <translation>Impegno di {code} per l'incidente #{incident}: {category} — {measure} ({status})</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="82" />
            <source>{code} joined the consultation on incident #{incident}</source>
            <translation>{code} ha partecipato alla consultazione sull'incidente #{incident}</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="83" />
            <source>{code} absent from the consultation on incident #{incident}</source>
            <translation>{code} assente dalla consultazione sull'incidente #{incident}</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="130" />
            <source>Commitment {id} edited ({fields})</source>
            <translation>Impegno {id} modificato ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="141" />
            <source>Commitment {id} ({category} — {measure}) removed</source>
            <translation>Impegno {id} ({category} — {measure}) rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="166" />
            <source>attendance for this signatory and incident is already recorded; edit that record instead</source>
            <translation>la partecipazione di questo firmatario per questo incidente è già registrata; modificare piuttosto quella registrazione</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="184" />
            <source>Consultation record {id} edited ({fields})</source>
            <translation>Registrazione di consultazione {id} modificata ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/responses.py" line="194" />
            <source>Consultation record {id} removed</source>
            <translation>Registrazione di consultazione {id} rimossa</translation>
        </message>
    </context>
    <context>
        <name>model.services.roster</name>
        <message>
            <location filename="../../model/services/roster.py" line="38" />
            <source>must be a list of signatory ids</source>
            <translation>deve essere un elenco di id di firmatari</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="45" />
            <source>names no signatory</source>
            <translation>non indica alcun firmatario</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="61" />
            <source>Signatory {code} {name} removed</source>
            <translation>Firmatario {code} {name} rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="62" />
            <source>{count} signatories removed ({codes})</source>
            <translation>{count} firmatari rimossi ({codes})</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="66" />
            <source>{removed} with {commitments} and {consultations}</source>
            <translation>{removed} con {commitments} e {consultations}</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="67" />
            <source>{0} commitments</source>
            <translation>{0} impegni</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="67" />
            <source>{0} commitment</source>
            <translation>{0} impegno</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="68" />
            <source>{0} consultation record</source>
            <translation>{0} registrazione di consultazione</translation>
        </message>
        <message>
            <location filename="../../model/services/roster.py" line="69" />
            <source>{0} consultation records</source>
            <translation>{0} registrazioni di consultazione</translation>
        </message>
    </context>
    <context>
        <name>model.services.signatories</name>
        <message>
            <location filename="../../model/services/signatories.py" line="53" />
            <source>must be a list of instrument codes</source>
            <translation>deve essere un elenco di codici di strumenti</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="57" />
            <source>'{code}' is not an instrument of this exercise's catalogue</source>
            <translation>'{code}' non è uno strumento del catalogo di questa esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="65" />
            <source>{code} is already on the roster ({name})</source>
            <translation>{code} è già nell'elenco ({name})</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="85" />
            <source>Signatory {code} {name} added</source>
            <translation>Firmatario {code} {name} aggiunto</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="102" />
            <source>{0} is already on the roster</source>
            <translation>{0} è già in elenco</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="109" />
            <source>{0} signatory added</source>
            <translation>{0} firmatario aggiunto</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="109" />
            <source>{0} signatories added</source>
            <translation>{0} firmatari aggiunti</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="129" />
            <source>Signatory {code} edited ({fields})</source>
            <translation>Firmatario {code} modificato ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="142" />
            <source>Signatory {code} {name} removed</source>
            <translation>Firmatario {code} {name} rimosso</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="168" />
            <source>{removed} with {commitments} and {consultations}</source>
            <comment>signatory removed with its records</comment>
            <translation>{removed} con {commitments} e {consultations}</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="169" />
            <source>{0} commitments</source>
            <translation>{0} impegni</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="169" />
            <source>{0} commitment</source>
            <translation>{0} impegno</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="170" />
            <source>{0} consultation records</source>
            <translation>{0} registrazioni di consultazione</translation>
        </message>
        <message>
            <location filename="../../model/services/signatories.py" line="170" />
            <source>{0} consultation record</source>
            <translation>{0} registrazione di consultazione</translation>
        </message>
    </context>
    <context>
        <name>model.services.terms</name>
        <message>
            <location filename="../../model/services/terms.py" line="31" />
            <source>must be a non-empty list of hours</source>
            <translation>deve essere un elenco non vuoto di ore</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="33" />
            <source>at most 10 consultation tiers</source>
            <translation>al massimo 10 fasce di consultazione</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="37" />
            <source>tiers must increase ({0} h follows {1} h)</source>
            <translation>le fasce devono crescere ({0} h segue {1} h)</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="45" />
            <source>must map each severity 1-5 to a tier</source>
            <translation>deve associare una fascia a ciascuna gravità da 1 a 5</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="50" />
            <source>has no tier</source>
            <translation>non ha una fascia</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="59" />
            <source>must be a list of response categories</source>
            <translation>deve essere un elenco di categorie di risposta</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="69" />
            <source>'{code}' is not a known arrangement ({known})</source>
            <translation>'{code}' non è un assetto noto ({known})</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="72" />
            <source>{name} is {reason}</source>
            <translation>{name} è {reason}</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="122" />
            <source>Treaty terms '{name}' edited ({fields})</source>
            <translation>Termini del trattato '{name}' modificati ({fields})</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="134" />
            <source>'{incident_type}' is not an incident type of this exercise</source>
            <translation>'{incident_type}' non è un tipo di incidente di questa esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="145" />
            <source>Proportional response for {name} S{severity}: {categories}</source>
            <translation>Risposta proporzionata per {name} S{severity}: {categories}</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="158" />
            <source>Treaty option '{name}' made active</source>
            <translation>Opzione di trattato '{name}' resa attiva</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="177" />
            <source>Treaty option '{name}' added (a copy of '{source}')</source>
            <translation>Opzione di trattato '{name}' aggiunta (copia di '{source}')</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="187" />
            <source>'{name}' is the active option; make another option active before deleting it</source>
            <translation>'{name}' è l'opzione attiva; rendere attiva un'altra opzione prima di eliminarla</translation>
        </message>
        <message>
            <location filename="../../model/services/terms.py" line="196" />
            <source>Treaty option '{name}' deleted</source>
            <translation>Opzione di trattato '{name}' eliminata</translation>
        </message>
    </context>
    <context>
        <name>model.services.validate</name>
        <message>
            <location filename="../../model/services/validate.py" line="30" />
            <source>must be text, got {name__}</source>
            <translation>deve essere un testo, ricevuto {name__}</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="33" />
            <source>must not be empty</source>
            <translation>non deve essere vuoto</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="35" />
            <source>is too long ({0} characters; at most {max_len})</source>
            <translation>è troppo lungo ({0} caratteri; al massimo {max_len})</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="47" />
            <source>{value!r} is not a list or mapping Pactline can read</source>
            <translation>{value!r} non è un elenco o una corrispondenza che Pactline possa leggere</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="63" />
            <source>'{value}' is not one of: {0}</source>
            <translation>'{value}' non è tra: {0}</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="74" />
            <source>must be a whole number, got {value!r}</source>
            <translation>deve essere un numero intero, ricevuto {value!r}</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="76" />
            <source>must be at least {minimum} (got {value})</source>
            <translation>deve essere almeno {minimum} (ricevuto {value})</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="79" />
            <source>must be at most {maximum} (got {value})</source>
            <translation>deve essere al massimo {maximum} (ricevuto {value})</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="90" />
            <source>must be true or false, got {value!r}</source>
            <translation>deve essere vero o falso, ricevuto {value!r}</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="105" />
            <source>needs a time zone (a naive time is ambiguous)</source>
            <translation>richiede un fuso orario (un orario senza fuso è ambiguo)</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="107" />
            <source>must be a date and time, got {value!r}</source>
            <translation>deve essere una data e ora, ricevuto {value!r}</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="114" />
            <source>is required</source>
            <translation>è obbligatorio</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="116" />
            <source>must be a date without a time</source>
            <translation>deve essere una data senza ora</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="122" />
            <source>'{value}' is not a date (use YYYY-MM-DD)</source>
            <translation>'{value}' non è una data (usare AAAA-MM-GG)</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="129" />
            <source>'{code}' is not an ISO 3166-1 alpha-2 country code</source>
            <translation>'{code}' non è un codice di paese ISO 3166-1 alpha-2</translation>
        </message>
        <message>
            <location filename="../../model/services/validate.py" line="132" />
            <source>'{code}' must be 2-10 capital letters or digits, starting with a letter</source>
            <translation>'{code}' deve essere di 2-10 lettere maiuscole o cifre e iniziare con una lettera</translation>
        </message>
    </context>
    <context>
        <name>model.services.variants</name>
        <message>
            <location filename="../../model/services/variants.py" line="42" />
            <source>a variant named '{0}' exists already; choose another name</source>
            <translation>esiste già una variante chiamata '{0}'; scegliere un altro nome</translation>
        </message>
        <message>
            <location filename="../../model/services/variants.py" line="56" />
            <source>What-if variant '{name}' saved ({changes})</source>
            <translation>Variante d'ipotesi '{name}' salvata ({changes})</translation>
        </message>
        <message>
            <location filename="../../model/services/variants.py" line="57" />
            <source>{0} change</source>
            <translation>{0} modifica</translation>
        </message>
        <message>
            <location filename="../../model/services/variants.py" line="57" />
            <source>{0} changes</source>
            <translation>{0} modifiche</translation>
        </message>
        <message>
            <location filename="../../model/services/variants.py" line="67" />
            <source>What-if variant '{old}' renamed '{name}'</source>
            <translation>Variante d'ipotesi '{old}' rinominata '{name}'</translation>
        </message>
        <message>
            <location filename="../../model/services/variants.py" line="77" />
            <source>What-if variant '{name}' deleted</source>
            <translation>Variante d'ipotesi '{name}' eliminata</translation>
        </message>
    </context>
    <context>
        <name>model.snapshot</name>
        <message>
            <location filename="../../model/snapshot.py" line="189" />
            <source>there is no treaty option {terms_id} in this exercise</source>
            <translation>in questa esercitazione non esiste l'opzione di trattato {terms_id}</translation>
        </message>
        <message>
            <location filename="../../model/snapshot.py" line="247" />
            <source>a stored time is not a time Pactline writes</source>
            <translation>un orario memorizzato non è un orario scritto da Pactline</translation>
        </message>
    </context>
    <context>
        <name>model.storage.backups</name>
        <message>
            <location filename="../../model/storage/backups.py" line="47" />
            <source>when the file was opened</source>
            <translation>all'apertura del file</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="48" />
            <source>after 30 minutes of editing</source>
            <translation>dopo 30 minuti di modifiche</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="49" />
            <source>before an MSEL import</source>
            <translation>prima di un'importazione MSEL</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="50" />
            <source>before a package import</source>
            <translation>prima dell'importazione di un pacchetto</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="51" />
            <source>before a restore</source>
            <translation>prima di un ripristino</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="52" />
            <source>before a schema upgrade</source>
            <translation>prima di un aggiornamento dello schema</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="53" />
            <source>before applying a what-if</source>
            <translation>prima di applicare un'ipotesi</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="54" />
            <source>on request</source>
            <translation>su richiesta</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="124" />
            <source>{root}: backups are kept on this computer only, and this folder is on a network share</source>
            <translation>{root}: i backup si conservano solo su questo computer, e questa cartella è su una condivisione di rete</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="130" />
            <source>{folder}: the backup folder cannot be created ({0})</source>
            <translation>{folder}: non è possibile creare la cartella dei backup ({0})</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="257" />
            <source>{target}: a file of that name already exists</source>
            <translation>{target}: esiste già un file con quel nome</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="285" />
            <source>{exercise}: the backup could not be restored ({err}); the file is unchanged</source>
            <translation>{exercise}: non è stato possibile ripristinare il backup ({err}); il file è invariato</translation>
        </message>
        <message>
            <location filename="../../model/storage/backups.py" line="296" />
            <source>{backup}: the backup is gone</source>
            <translation>{backup}: il backup non esiste più</translation>
        </message>
    </context>
    <context>
        <name>model.storage.exercise_file</name>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="122" />
            <source>no lock file can be created beside it ({0}), so it cannot be opened for editing; open it read-only, or copy it to a folder you may write</source>
            <translation>non è possibile creare un file di blocco accanto ad esso ({0}), quindi non può essere aperto in modifica; aprirlo in sola lettura o copiarlo in una cartella in cui si può scrivere</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="174" />
            <source>a file of that name already exists</source>
            <translation>esiste già un file con quel nome</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="176" />
            <source>the folder {parent} does not exist</source>
            <translation>la cartella {parent} non esiste</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="181" />
            <source>the folder is not writable ({strerror})</source>
            <translation>la cartella non è scrivibile ({strerror})</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="253" />
            <source>{path}: the change could not be stored ({0}); nothing was changed</source>
            <translation>{path}: non è stato possibile memorizzare la modifica ({0}); non è stato modificato nulla</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="291" />
            <source>a copy cannot replace the open exercise itself</source>
            <translation>una copia non può sostituire l'esercitazione aperta stessa</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="415" />
            <location filename="../../model/storage/exercise_file.py" line="443" />
            <source>the file is damaged ({0}); restore it from a copy</source>
            <translation>il file è danneggiato ({0}); ripristinarlo da una copia</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="418" />
            <source>the file is damaged (integrity check: {0}); restore it from a copy</source>
            <translation>il file è danneggiato (controllo di integrità: {0}); ripristinarlo da una copia</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="426" />
            <source>the exercise description</source>
            <translation>la descrizione dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="427" />
            <source>the exercise clock</source>
            <translation>l'orologio dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="428" />
            <source>the active treaty terms</source>
            <translation>i termini del trattato attivi</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="438" />
            <source>the file is damaged: {what} is missing; restore it from a copy</source>
            <translation>il file è danneggiato: manca {what}; ripristinarlo da una copia</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="446" />
            <source>the file is damaged ({err}); restore it from a copy</source>
            <translation>il file è danneggiato ({err}); ripristinarlo da una copia</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="449" />
            <source>the file is damaged: {damaged}; restore it from a copy</source>
            <translation>il file è danneggiato: {damaged}; ripristinarlo da una copia</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="455" />
            <source>its header carries no schema version; it was not written completely</source>
            <translation>la sua intestazione non riporta una versione dello schema; non è stato scritto completamente</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="457" />
            <source>it was saved by an older Pactline (schema {version}) and is read-only, so it cannot be upgraded; copy it to a writable folder</source>
            <translation>è stato salvato da un Pactline precedente (schema {version}) ed è di sola lettura, quindi non può essere aggiornato; copiarlo in una cartella scrivibile</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="463" />
            <source>its backup could not be written before upgrading from schema {version} ({err}); the file is unchanged</source>
            <translation>non è stato possibile scriverne il backup prima dell'aggiornamento dallo schema {version} ({err}); il file è invariato</translation>
        </message>
        <message>
            <location filename="../../model/storage/exercise_file.py" line="472" />
            <source>upgrading from schema {version} failed ({0}); the file is unchanged</source>
            <translation>l'aggiornamento dallo schema {version} non è riuscito ({0}); il file è invariato</translation>
        </message>
    </context>
    <context>
        <name>model.storage.file_header</name>
        <message>
            <location filename="../../model/storage/file_header.py" line="36" />
            <source>the file does not exist</source>
            <translation>il file non esiste</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="38" />
            <source>this is a folder, not an exercise file</source>
            <translation>questa è una cartella, non un file di esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="43" />
            <source>you do not have permission to read it</source>
            <translation>non si dispone dei permessi per leggerlo</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="45" />
            <source>it cannot be read ({0})</source>
            <translation>non può essere letto ({0})</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="47" />
            <source>the file is empty (0 bytes)</source>
            <translation>il file è vuoto (0 byte)</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="49" />
            <source>it is not a Pactline exercise (not an SQLite database)</source>
            <translation>non è un'esercitazione Pactline (non è un database SQLite)</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="51" />
            <source>the file is truncated ({0} bytes, shorter than a database header)</source>
            <translation>il file è troncato ({0} byte, più corto dell'intestazione di un database)</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="72" />
            <source>it is an SQLite database, but not a Pactline exercise (no Pactline stamp in its header)</source>
            <translation>è un database SQLite, ma non un'esercitazione Pactline (la sua intestazione non porta il contrassegno di Pactline)</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="74" />
            <source>it is an SQLite database of another application (application id 0x{application_id:08X})</source>
            <translation>è un database SQLite di un'altra applicazione (application id 0x{application_id:08X})</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="79" />
            <source>it was saved by a newer Pactline (file schema {user_version}; this version reads up to schema {SCHEMA_VERSION}). Update Pactline to open it</source>
            <translation>è stato salvato da un Pactline più recente (schema del file {user_version}; questa versione legge fino allo schema {SCHEMA_VERSION}). Aggiornare Pactline per aprirlo</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_header.py" line="87" />
            <source>the file is truncated ({actual:,} bytes of the {expected:,} its header announces); restore it from a copy</source>
            <translation>il file è troncato ({actual:,} byte dei {expected:,} annunciati dalla sua intestazione); ripristinarlo da una copia</translation>
        </message>
    </context>
    <context>
        <name>model.storage.file_lock</name>
        <message>
            <location filename="../../model/storage/file_lock.py" line="43" />
            <source>it is already open in another Pactline{holder}. Close it there first, or open a copy</source>
            <translation>è già aperto in un altro Pactline{holder}. Chiuderlo prima lì, oppure aprirne una copia</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_lock.py" line="92" />
            <source>by {0}</source>
            <translation>da {0}</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_lock.py" line="93" />
            <source>on {0}</source>
            <translation>su {0}</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_lock.py" line="94" />
            <source>(process {0})</source>
            <translation>(processo {0})</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_lock.py" line="95" />
            <source>since {0}</source>
            <translation>dal {0}</translation>
        </message>
    </context>
    <context>
        <name>model.storage.file_output</name>
        <message>
            <location filename="../../model/storage/file_output.py" line="59" />
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossibile scrivere {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="115" />
            <source>the file is empty</source>
            <translation>il file è vuoto</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="121" />
            <source>the file ends before its end</source>
            <translation>il file si interrompe prima della sua fine</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="189" />
            <location filename="../../model/storage/file_output.py" line="202" />
            <location filename="../../model/storage/file_output.py" line="212" />
            <source>the disk is full</source>
            <translation>il disco è pieno</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="191" />
            <source>the disk is read-only</source>
            <translation>il disco è di sola lettura</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="193" />
            <location filename="../../model/storage/file_output.py" line="214" />
            <source>the folder is not writable</source>
            <translation>la cartella non è scrivibile</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="194" />
            <source>the file there cannot be replaced (it is read-only or open in another program)</source>
            <translation>il file presente non può essere sostituito (è di sola lettura o aperto in un altro programma)</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="196" />
            <source>the folder {parent} does not exist</source>
            <translation>la cartella {parent} non esiste</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="198" />
            <source>a folder of that name is there</source>
            <translation>c'è già una cartella con quel nome</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="200" />
            <source>the file is larger than this disk allows</source>
            <translation>il file è più grande di quanto questo disco consenta</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="204" />
            <source>it was not written completely ({err})</source>
            <translation>non è stato scritto completamente ({err})</translation>
        </message>
        <message>
            <location filename="../../model/storage/file_output.py" line="215" />
            <source>the disk refused to write it ({err})</source>
            <translation>il disco ne ha rifiutato la scrittura ({err})</translation>
        </message>
    </context>
    <context>
        <name>model.storage.stored_values</name>
        <message>
            <location filename="../../model/storage/stored_values.py" line="94" />
            <source>{0}, not a list of increasing hours</source>
            <translation>{0}, non un elenco di ore crescenti</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="98" />
            <source>{0}, not a tier for each severity 1-5</source>
            <translation>{0}, non un livello per ciascuna gravità da 1 a 5</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="100" />
            <location filename="../../model/storage/stored_values.py" line="106" />
            <source>{0}, not a list of response categories</source>
            <translation>{0}, non un elenco di categorie di risposta</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="113" />
            <source>{0}, not a list of instruments</source>
            <translation>{0}, non un elenco di strumenti</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="122" />
            <source>{0}, not a set of named text fields</source>
            <translation>{0}, non un insieme di campi di testo con nome</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="131" />
            <source>{0}, not a list of service calls</source>
            <translation>{0}, non un elenco di chiamate di servizio</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="136" />
            <source>the exercise</source>
            <translation>esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="140" />
            <source>the exercise clock</source>
            <translation>orologio dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="142" />
            <source>treaty terms {id}</source>
            <translation>termini del trattato {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="147" />
            <source>treaty party {id}</source>
            <translation>parte del trattato {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="151" />
            <source>incident type {code}</source>
            <translation>tipo di incidente {code}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="155" />
            <source>the proportionality rule of treaty terms {terms_id} for {incident_type} S{severity}</source>
            <translation>regola di proporzionalità dei termini del trattato {terms_id} per {incident_type} S{severity}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="159" />
            <source>instrument {code}</source>
            <translation>strumento {code}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="162" />
            <source>signatory {id}</source>
            <translation>firmatario {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="167" />
            <source>branch point {id}</source>
            <translation>punto di diramazione {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="171" />
            <source>outcome {id}</source>
            <translation>esito {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="174" />
            <source>incident {id}</source>
            <translation>incidente {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="178" />
            <source>consultation {id}</source>
            <translation>consultazione {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="181" />
            <source>commitment {id}</source>
            <translation>impegno {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="188" />
            <source>provision {id}</source>
            <translation>disposizione {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="193" />
            <source>provision milestone {id}</source>
            <translation>scadenza della disposizione {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="198" />
            <source>provision delivery {id}</source>
            <translation>consegna della disposizione {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="204" />
            <source>what-if variant {id}</source>
            <translation>variante d'ipotesi {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="207" />
            <source>log entry {id}</source>
            <translation>voce del registro {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="210" />
            <source>log seal {id}</source>
            <translation>sigillo del registro {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="213" />
            <source>inject {id}</source>
            <translation>inject {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="224" />
            <source>objective {id}</source>
            <translation>obiettivo {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="227" />
            <source>observation {id}</source>
            <translation>osservazione {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="232" />
            <source>improvement plan item {id}</source>
            <translation>voce del piano di miglioramento {id}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="268" />
            <source>{0}, not between {1} and {2}</source>
            <translation>{0}, non compreso tra {1} e {2}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="269" />
            <source>{0}, not a whole number</source>
            <translation>{0}, non un numero intero</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="271" />
            <source>{0}, not yes or no</source>
            <translation>{0}, non sì o no</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="273" />
            <source>{0}, not a time</source>
            <translation>{0}, non un orario</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="275" />
            <source>{0}, not a date</source>
            <translation>{0}, non una data</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="277" />
            <source>{0}, not a clock speed above 0 and at most {1}</source>
            <translation>{0}, non una velocità dell'orologio maggiore di 0 e al massimo {1}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="279" />
            <source>{0}, not an amount of 0 or more</source>
            <translation>{0}, non un importo pari o superiore a 0</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="281" />
            <source>{0}, not one of: {1}</source>
            <translation>{0}, non uno tra: {1}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="282" />
            <source>{0}, not text</source>
            <translation>{0}, non testo</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="287" />
            <source>empty</source>
            <translation>vuoto</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="289" />
            <source>binary data ({0} bytes)</source>
            <translation>dati binari ({0} byte)</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="324" />
            <source>{row}'s {field} is {value}, which names no {parent} of the exercise</source>
            <translation>{row}, campo «{field}»: {value}, che non rimanda ad alcun elemento «{parent}» dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="331" />
            <source>{row}'s {field} is {problem}</source>
            <translation>{row}, campo «{field}»: {problem}</translation>
        </message>
        <message>
            <location filename="../../model/storage/stored_values.py" line="377" />
            <source>{row}'s {field} is not readable text</source>
            <translation>{row}, campo «{field}»: non è testo leggibile</translation>
        </message>
    </context>
    <context>
        <name>model.storage.value_words</name>
        <message>
            <location filename="../../model/storage/value_words.py" line="14" />
            <source>id</source>
            <translation>identificativo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="14" />
            <source>name</source>
            <translation>nome</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="14" />
            <source>description</source>
            <translation>descrizione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="14" />
            <source>classification</source>
            <translation>classifica di segretezza</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="15" />
            <source>ENDEX</source>
            <translation>ENDEX</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="15" />
            <source>STARTEX</source>
            <translation>STARTEX</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="15" />
            <source>marking colour</source>
            <translation>colore della marcatura</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="16" />
            <source>active treaty terms</source>
            <translation>termini del trattato attivi</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="16" />
            <source>scenario time</source>
            <translation>ora dello scenario</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="16" />
            <source>running</source>
            <translation>in corso</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="16" />
            <source>speed</source>
            <translation>velocità</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="17" />
            <source>reaction deadline</source>
            <translation>termine di reazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="17" />
            <source>consultation tiers</source>
            <translation>livelli di consultazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="17" />
            <source>severity rule</source>
            <translation>regola di gravità</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="18" />
            <source>categories in scope</source>
            <translation>categorie comprese</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="18" />
            <source>coordination</source>
            <translation>coordinamento</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="18" />
            <source>notes</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="19" />
            <source>kind of option</source>
            <translation>tipo di opzione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="19" />
            <source>treaty option</source>
            <translation>opzione di trattato</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="19" />
            <location filename="../../model/storage/value_words.py" line="52" />
            <source>signatory</source>
            <translation>firmatario</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="20" />
            <source>time bound from</source>
            <translation>vincolato dal</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="20" />
            <source>basis</source>
            <translation>fondamento</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="20" />
            <source>code</source>
            <translation>codice</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="20" />
            <source>symbol</source>
            <translation>simbolo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="21" />
            <source>default severity</source>
            <translation>gravità predefinita</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="21" />
            <source>sort order</source>
            <translation>ordine</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="21" />
            <source>terms id</source>
            <translation>identificativo dei termini</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="22" />
            <location filename="../../model/storage/value_words.py" line="51" />
            <source>incident type</source>
            <translation>tipo di incidente</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="22" />
            <source>severity</source>
            <translation>gravità</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="22" />
            <source>categories</source>
            <translation>categorie</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="22" />
            <source>category</source>
            <translation>categoria</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="23" />
            <source>deploys forces</source>
            <translation>impiega forze</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="23" />
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="23" />
            <source>NATO membership</source>
            <translation>appartenenza alla NATO</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="24" />
            <source>EU membership</source>
            <translation>appartenenza all'UE</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="24" />
            <source>agreement date</source>
            <translation>data dell'accordo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="24" />
            <source>approval required</source>
            <translation>approvazione richiesta</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="25" />
            <source>approval lead time</source>
            <translation>tempo di preavviso per l'approvazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="25" />
            <source>lead time assumed</source>
            <translation>tempo di preavviso presunto</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="25" />
            <source>approval basis</source>
            <translation>fondamento dell'approvazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="26" />
            <source>pledges</source>
            <translation>impegni dichiarati</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="26" />
            <source>contact</source>
            <translation>contatto</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="26" />
            <source>question</source>
            <translation>domanda</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="26" />
            <source>time</source>
            <translation>ora</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="27" />
            <source>outcome it belongs to</source>
            <translation>esito di appartenenza</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="27" />
            <source>time resolved</source>
            <translation>ora della risoluzione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="27" />
            <location filename="../../model/storage/value_words.py" line="52" />
            <source>branch point</source>
            <translation>punto di diramazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="28" />
            <location filename="../../model/storage/value_words.py" line="53" />
            <source>incident</source>
            <translation>incidente</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="28" />
            <source>played flag</source>
            <translation>indicatore di esito giocato</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="28" />
            <source>location</source>
            <translation>luogo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="28" />
            <location filename="../../model/storage/value_words.py" line="52" />
            <source>outcome</source>
            <translation>esito</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="29" />
            <source>time joined</source>
            <translation>ora di adesione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="29" />
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="29" />
            <source>measure</source>
            <translation>misura</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="29" />
            <source>announcement time</source>
            <translation>ora dell'annuncio</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="30" />
            <source>effective time</source>
            <translation>ora di efficacia</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="30" />
            <source>status</source>
            <translation>stato</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="30" />
            <source>withdrawal time</source>
            <translation>ora del ritiro</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="30" />
            <source>title</source>
            <translation>titolo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="31" />
            <source>pledged quantity</source>
            <translation>quantità promessa</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="31" />
            <source>unit</source>
            <translation>unità</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="31" />
            <source>pledged value</source>
            <translation>valore promesso</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="31" />
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="32" />
            <source>assumption flag</source>
            <translation>indicatore di ipotesi</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="32" />
            <location filename="../../model/storage/value_words.py" line="53" />
            <source>provision</source>
            <translation>disposizione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="32" />
            <source>due time</source>
            <translation>scadenza</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="33" />
            <source>description of what is due</source>
            <translation>descrizione di quanto dovuto</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="33" />
            <source>quantity due</source>
            <translation>quantità dovuta</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="33" />
            <source>value due</source>
            <translation>valore dovuto</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="34" />
            <source>milestone</source>
            <translation>scadenza intermedia</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="34" />
            <source>delivery time</source>
            <translation>ora della consegna</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="34" />
            <source>quantity delivered</source>
            <translation>quantità consegnata</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="35" />
            <source>value delivered</source>
            <translation>valore consegnato</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="35" />
            <source>creation time</source>
            <translation>ora di creazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="35" />
            <source>journal</source>
            <translation>giornale delle modifiche</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="35" />
            <source>wall time</source>
            <translation>ora reale</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="36" />
            <source>author</source>
            <translation>autore</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="36" />
            <source>text</source>
            <translation>testo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="36" />
            <source>refers to</source>
            <translation>riferimento</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="36" />
            <source>previous hash</source>
            <translation>hash precedente</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="37" />
            <source>hash</source>
            <translation>hash</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="37" />
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="37" />
            <source>entries</source>
            <translation>voci</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="37" />
            <source>head hash</source>
            <translation>hash di testa</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="38" />
            <source>number</source>
            <translation>numero</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="38" />
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="38" />
            <source>type</source>
            <translation>tipo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="38" />
            <source>method</source>
            <translation>modalità</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="38" />
            <source>sender</source>
            <translation>mittente</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="39" />
            <source>recipient</source>
            <translation>destinatario</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="39" />
            <source>synopsis</source>
            <translation>sintesi</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="39" />
            <source>expected action</source>
            <translation>azione attesa</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="39" />
            <location filename="../../model/storage/value_words.py" line="55" />
            <source>objective</source>
            <translation>obiettivo</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="40" />
            <source>controller</source>
            <translation>controllore</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="40" />
            <source>ad-hoc flag</source>
            <translation>indicatore ad hoc</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="40" />
            <source>delivery record</source>
            <translation>registrazione della consegna</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="41" />
            <source>wall time of delivery</source>
            <translation>ora reale della consegna</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="41" />
            <source>additional fields</source>
            <translation>campi aggiuntivi</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="42" />
            <source>branch point it asks to resolve</source>
            <translation>punto di diramazione da risolvere</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="42" />
            <source>capability</source>
            <translation>capacità</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="42" />
            <source>critical tasks</source>
            <translation>compiti critici</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="43" />
            <source>rating</source>
            <translation>valutazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="43" />
            <source>rating note</source>
            <translation>nota di valutazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="43" />
            <location filename="../../model/storage/value_words.py" line="55" />
            <source>log entry</source>
            <translation>voce del registro</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="43" />
            <source>issue</source>
            <translation>problema</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="44" />
            <source>corrective action</source>
            <translation>azione correttiva</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="44" />
            <source>responsible organisation</source>
            <translation>organizzazione responsabile</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="44" />
            <source>point of contact</source>
            <translation>punto di contatto</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="45" />
            <source>start date</source>
            <translation>data di inizio</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="45" />
            <source>completion date</source>
            <translation>data di completamento</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="50" />
            <source>exercise info</source>
            <translation>dati dell'esercitazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="50" />
            <source>clock state</source>
            <translation>stato dell'orologio</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="50" />
            <source>treaty terms</source>
            <translation>termini del trattato</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="51" />
            <source>treaty party</source>
            <translation>parte del trattato</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="51" />
            <source>proportionality rule</source>
            <translation>regola di proporzionalità</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="52" />
            <source>instrument</source>
            <translation>strumento</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="53" />
            <source>consultation</source>
            <translation>consultazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="53" />
            <source>commitment</source>
            <translation>impegno</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="54" />
            <source>provision milestone</source>
            <translation>scadenza della disposizione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="54" />
            <source>provision delivery</source>
            <translation>consegna della disposizione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="54" />
            <source>what if variant</source>
            <translation>variante d'ipotesi</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="55" />
            <source>log seal</source>
            <translation>sigillo del registro</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="55" />
            <source>inject</source>
            <translation>inject</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="56" />
            <source>observation</source>
            <translation>osservazione</translation>
        </message>
        <message>
            <location filename="../../model/storage/value_words.py" line="56" />
            <source>improvement item</source>
            <translation>voce del piano di miglioramento</translation>
        </message>
    </context>
    <context>
        <name>model.timeutil</name>
        <message>
            <location filename="../../model/timeutil.py" line="98" />
            <source>a stored time {value!r} is not a time Pactline writes</source>
            <translation>un orario memorizzato {value!r} non è un orario scritto da Pactline</translation>
        </message>
        <message>
            <location filename="../../model/timeutil.py" line="117" />
            <source>a stored date {value!r} is not a date Pactline writes</source>
            <translation>una data memorizzata {value!r} non è una data scritta da Pactline</translation>
        </message>
    </context>
    <context>
        <name>model.what_if_difference</name>
        <message>
            <location filename="../../model/what_if_difference.py" line="151" />
            <source>{0} missed</source>
            <translation>{0} mancati</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="151" />
            <source>{0} met</source>
            <translation>{0} rispettati</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="152" />
            <source>{0} gate</source>
            <translation>{0} vincolo</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="152" />
            <source>{0} gates</source>
            <translation>{0} vincoli</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="153" />
            <source>{0} gate broken</source>
            <translation>{0} vincolo violato</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="153" />
            <source>{0} gates broken</source>
            <translation>{0} vincoli violati</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="154" />
            <source>{0} gap</source>
            <translation>{0} lacuna</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="154" />
            <source>{0} gaps</source>
            <translation>{0} lacune</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="160" />
            <source>{0} overdue milestone ({1})</source>
            <translation>{0} tappa in ritardo ({1})</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="160" />
            <source>{0} overdue milestones ({1})</source>
            <translation>{0} tappe in ritardo ({1})</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="165" />
            <source>{0} consultation now {1} h late</source>
            <translation>consultazione {0} ora in ritardo di {1} h</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="167" />
            <source>{0} consultation {1} h later</source>
            <translation>consultazione {0} {1} h più tardi</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="176" />
            <source>{0} deployment waits {1} h longer for parliament</source>
            <translation>lo schieramento di {0} attende l'approvazione parlamentare {1} h in più</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="178" />
            <source>{0} {1} deployments wait {2} h longer for parliament</source>
            <translation>{0} schieramenti di {1} attendono l'approvazione parlamentare {2} h in più</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="186" />
            <source>no difference from the record</source>
            <translation>nessuna differenza dal registro</translation>
        </message>
        <message>
            <location filename="../../model/what_if_difference.py" line="189" />
            <source>{0} more</source>
            <translation>altri {0}</translation>
        </message>
    </context>
    <context>
        <name>model.what_if_replay</name>
        <message>
            <location filename="../../model/what_if_replay.py" line="65" />
            <source>the step {name!r} names no service of this Pactline</source>
            <translation>il passo {name!r} non indica alcun servizio di questo Pactline</translation>
        </message>
        <message>
            <location filename="../../model/what_if_replay.py" line="100" />
            <source>the step {service} cannot be undone once applied</source>
            <translation>il passo {service} non può essere annullato una volta applicato</translation>
        </message>
        <message>
            <location filename="../../model/what_if_replay.py" line="139" />
            <source>step {n} ({service}) no longer applies: {err}; nothing was changed</source>
            <translation>il passo {n} ({service}) non è più applicabile: {err}; non è stato modificato nulla</translation>
        </message>
    </context>
</TS>
