<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>CaseloadPage</name>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/pages.py" line="738"/>
        <source>%n elever</source>
        <translation>
            <numerusform>%n elev</numerusform>
            <numerusform>%n elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/pages.py" line="763"/>
        <source>%n uppgifter att göra senast på söndag. Möten och det som förfaller senare räknas inte.</source>
        <translation>
            <numerusform>%n uppgift att göra senast på söndag. Möten och det som förfaller senare räknas inte.</numerusform>
            <numerusform>%n uppgifter att göra senast på söndag. Möten och det som förfaller senare räknas inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/numbers.py" line="40"/>
        <source>%n dagar kvar</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/numbers.py" line="43"/>
        <source>Samtycket går ut om %n dagar</source>
        <translation>
            <numerusform>Samtycket går ut om %n dag</numerusform>
            <numerusform>Samtycket går ut om %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="550"/>
        <source>%n rader kan importeras,</source>
        <translation>
            <numerusform>%n rad kan importeras,</numerusform>
            <numerusform>%n rader kan importeras,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="552"/>
        <source>%n överlappar en registrerad period (importeras bara om du bockar i dem),</source>
        <translation>
            <numerusform>%n överlappar en registrerad period (importeras bara om du bockar i den),</numerusform>
            <numerusform>%n överlappar en registrerad period (importeras bara om du bockar i dem),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="556"/>
        <source>%n finns redan,</source>
        <translation>
            <numerusform>%n finns redan,</numerusform>
            <numerusform>%n finns redan,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="557"/>
        <source>%n elever är okända och</source>
        <translation>
            <numerusform>%n elev är okänd och</numerusform>
            <numerusform>%n elever är okända och</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/import_view.py" line="558"/>
        <source>%n rader har fel.</source>
        <translation>
            <numerusform>%n rad har fel.</numerusform>
            <numerusform>%n rader har fel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/main_window.py" line="379"/>
        <source>Låst efter %n minuter utan aktivitet. Det du skrivit är sparat.</source>
        <translation>
            <numerusform>Låst efter %n minut utan aktivitet. Det du skrivit är sparat.</numerusform>
            <numerusform>Låst efter %n minuter utan aktivitet. Det du skrivit är sparat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/main_window.py" line="517"/>
        <source>Läsårsskiftet {0} är gjort: %n elever har gått upp en årskurs.</source>
        <translation>
            <numerusform>Läsårsskiftet {0} är gjort: %n elev har gått upp en årskurs.</numerusform>
            <numerusform>Läsårsskiftet {0} är gjort: %n elever har gått upp en årskurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message numerus="yes">
        <location filename="../../sstdesk/ui/stats_page.py" line="249"/>
        <source>%n dagar</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="668"/>
        <source>%n dagar kvar</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="669"/>
        <source>%n osignerade journalanteckningar</source>
        <translation>
            <numerusform>%n osignerad journalanteckning</numerusform>
            <numerusform>%n osignerade journalanteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="670"/>
        <source>Perioden {start} – {end} överlappar %n perioder som redan är registrerade för ärendet: {spans}.</source>
        <translation>
            <numerusform>Perioden {start} – {end} överlappar en period som redan är registrerad för ärendet: {spans}.</numerusform>
            <numerusform>Perioden {start} – {end} överlappar %n perioder som redan är registrerade för ärendet: {spans}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="671"/>
        <source>%n rader fanns redan registrerade och skrevs inte igen.</source>
        <translation>
            <numerusform>%n rad fanns redan registrerad och skrevs inte igen.</numerusform>
            <numerusform>%n rader fanns redan registrerade och skrevs inte igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/labels_tr.py" line="672"/>
        <source>%n rader överlappar perioder som har registrerats efter förhandsgranskningen och skrevs inte.</source>
        <translation>
            <numerusform>%n rad överlappar en period som har registrerats efter förhandsgranskningen och skrevs inte.</numerusform>
            <numerusform>%n rader överlappar perioder som har registrerats efter förhandsgranskningen och skrevs inte.</numerusform>
        </translation>
    </message>
</context>
</TS>
