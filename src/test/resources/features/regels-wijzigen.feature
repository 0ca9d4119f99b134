# language: nl
# Bron: issues 5 en 11. Beleidsmedewerkers wijzigen een tabel, en de scenario's die erbij horen, als
# concept. De controle zegt in woorden waar iets mis is (bestand, rij, kolom; welke invoer geen of twee
# rijen raakt; welk scenario niet meer klopt); de impact zegt wat het concept verandert voor mensen die
# al advies kregen; een tweede beleidsmedewerker keurt goed; de nieuwe versie gaat in op een gekozen
# moment, zonder herstart. Het voorbeeld is dat van de README: docs/voorbeeld-b1.
@publiceert
Functionaliteit: Regels wijzigen: concept, controle, impact, goedkeuring, planning, terugdraaien

  Achtergrond:
    Gegeven een nieuwkomer met:
      | referentie       | nieuw    |
      | gemeente         | Utrecht  |
      | leeftijd         | 35       |
      | taalniveau       | B1       |
      | opleidingsniveau | MASTER   |
      | vakgebied        | TEACHING |
    En de intakemedewerker om advies vraagt
    En is het traject "PERSPECTIEFGROEP" "past niet"
    En de gewijzigde bestanden in "docs/voorbeeld-b1"

  Scenario: De Perspectiefgroep ook voor B1, met de scenario's erbij: controleren, impact, goedkeuren, plannen, in werking
    Als beleid die bestanden als concept indient met reden "Perspectiefgroep ook voor B1 (pilot 2027)"
    Dan antwoordt de dienst met status 201
    Als beleid de controle van het concept opvraagt
    Dan is het concept geldig
    En slagen onder het concept alle scenario's
    Als beleid de impact van het concept opvraagt
    Dan verandert het concept het advies van ten minste 1 eerdere beoordeling
    En gaat "PERSPECTIEFGROEP" bij ten minste 1 persoon van "past niet" naar "aanbevolen"
    En noemt de impact een voorbeeld waarin "/pathways[PERSPECTIEFGROEP]/status" verandert
    En slagen onder het concept alle scenario's
    Als "beleid B" het concept goedkeurt
    Dan antwoordt de dienst met status 200
    Als beleid het concept publiceert met ingang over 4 seconden
    Dan antwoordt de dienst met status 201
    En is de nieuwe versie gepland, met auteur "beleid", goedkeurder "beleid-b" en de reden
    En noemt de nieuwe versie de gewijzigde rijen van "de-nieuwe-docent/taalniveau.drl.csv" en het gewijzigde scenario "de-nieuwe-docent/de-nieuwe-docent.feature"
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "past niet"
    En legt de voorwaarde "LANGUAGE_LEVEL" van "PERSPECTIEFGROEP" uit als "Taalniveau B1: de Perspectiefgroep is voor taalniveau tot B1."
    Als de ingangsdatum van de nieuwe versie voorbij is
    En de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "aanbevolen"
    En legt de voorwaarde "LANGUAGE_LEVEL" van "PERSPECTIEFGROEP" uit als "Taalniveau B1, tot en met B1: past bij de Perspectiefgroep (taalniveau tot en met B1)."
    En noemt het advies de nieuwe versie
    Als de intakemedewerker om advies vraagt per het moment van publicatie
    Dan is het traject "PERSPECTIEFGROEP" "past niet"
    En noemt het advies de versie van voor de wijziging
    Als beleid de versie van voor de wijziging terugzet met reden "Pilot gestopt"
    Dan antwoordt de dienst met status 201
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "past niet"

  Scenario: De impact op de achtergrond, met voortgang, voor wie veel eerdere beoordelingen heeft
    Als beleid die bestanden als concept indient met reden "Perspectiefgroep ook voor B1 (pilot 2027)"
    Dan antwoordt de dienst met status 201
    Als beleid de impact van het concept op de achtergrond laat berekenen
    Dan verandert het concept het advies van ten minste 1 eerdere beoordeling
    En gaat "PERSPECTIEFGROEP" bij ten minste 1 persoon van "past niet" naar "aanbevolen"
    En noemt de impact een voorbeeld waarin "/pathways[PERSPECTIEFGROEP]/status" verandert
    En zegt de impact op de achtergrond hetzelfde als de impact die meteen wordt berekend

  Scenario: Een tabel zonder de scenario's die erbij horen: de specificatie en de regels lopen niet uiteen
    Gegeven alleen de tabel "taalniveau.drl.csv" daaruit
    Als beleid die tabel als concept indient met reden "Perspectiefgroep ook voor B1, scenario's vergeten"
    Dan antwoordt de dienst met status 201
    Als beleid de controle van het concept opvraagt
    Dan is het concept niet geldig
    En mislukt onder het concept een scenario in "de-nieuwe-docent/de-nieuwe-docent.feature"
    Als "beleid B" het concept goedkeurt
    Dan antwoordt de dienst met status 409
    En zegt het probleembericht "failing scenario"

  Scenario: Een scenario dat geen Nederlandse regelspecificatie is, wordt geweigerd
    Gegeven de tabel "vip/vip.feature" met "# language: nl" vervangen door "# language: en"
    Als beleid die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 422
    En noemt de weigering "vip/vip.feature: a scenario file starts with '# language: nl'"

  Scenario: Een cel die niet bij haar kolom past: de weigering noemt bestand, rij en kolom
    Gegeven de tabel "variis-en-zorgstage/uren-zorgstage.drl.csv" met "Zorgstage: 16 uur per week beschikbaar,true,16," vervangen door "Zorgstage: 16 uur per week beschikbaar,true,zestien,"
    Als beleid die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 422
    En noemt de weigering "variis-en-zorgstage/uren-zorgstage.drl.csv, row 10, column C (Minstens uur per week)"

  Scenario: Tekst blijft tekst: een aanhalingsteken of backslash in een cel wordt geweigerd
    Gegeven de tabel "de-nieuwe-docent/taalniveau.drl.csv" met "Perspectiefgroep: taalniveau tot B1," vervangen door "Perspectiefgroep: taalniveau tot B1\\,"
    Als beleid die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 422
    En noemt de weigering "de-nieuwe-docent/taalniveau.drl.csv, row 10, column A (Naam (name))"

  Scenario: De machinerie van een tabel verandert niet via een concept
    Gegeven de tabel "variis-en-zorgstage/uren-zorgstage.drl.csv" met "hoursAvailablePerWeek >= $param" vervangen door "urenPerWeek >= $param"
    Als beleid die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 422
    En noemt de weigering "variis-en-zorgstage/uren-zorgstage.drl.csv, row 8"
    En zegt het probleembericht "not editable through a draft"

  Scenario: Een gat: een taalniveau dat in geen rij staat
    Gegeven de tabel "de-nieuwe-docent/taalniveau.drl.csv" met 'Perspectiefgroep: taalniveau B1 of hoger,"B1, B2, C1, C2"' vervangen door 'Perspectiefgroep: taalniveau B1 of hoger,"B2, C1, C2"'
    Als beleid die tabel als concept indient met reden "test"
    En beleid de controle van het concept opvraagt
    Dan is het concept niet geldig
    En noemt de controle een gat in "de-nieuwe-docent/taalniveau.drl.csv" voor "PERSPECTIEFGROEP / LANGUAGE_LEVEL" met voorbeeld "languageLevel" = "B1"
    Als "beleid B" het concept goedkeurt
    Dan antwoordt de dienst met status 409

  Scenario: Een overlap: een taalniveau in twee rijen
    Gegeven de tabel "de-nieuwe-docent/taalniveau.drl.csv" met 'Perspectiefgroep: taalniveau tot B1,"A0, A1, A2"' vervangen door 'Perspectiefgroep: taalniveau tot B1,"A0, A1, A2, B1"'
    Als beleid die tabel als concept indient met reden "test"
    En beleid de controle van het concept opvraagt
    Dan is het concept niet geldig
    En noemt de controle een overlap in "de-nieuwe-docent/taalniveau.drl.csv" van de rijen 10 en 11

  Scenario: Wie het concept schreef, keurt het niet zelf goed
    Als beleid die bestanden als concept indient met reden "Perspectiefgroep ook voor B1"
    En beleid het concept goedkeurt
    Dan antwoordt de dienst met status 403
    En zegt het probleembericht "cannot approve"

  Scenario: Zonder goedkeuring geen publicatie
    Als beleid die bestanden als concept indient met reden "Perspectiefgroep ook voor B1"
    En beleid het concept publiceert met ingang nu
    Dan antwoordt de dienst met status 409
    En zegt het probleembericht "not approved"

  Scenario: Een ingangsdatum in het verleden kan niet
    Als beleid die bestanden als concept indient met reden "Perspectiefgroep ook voor B1"
    En "beleid B" het concept goedkeurt
    En beleid het concept publiceert met ingang "2026-01-01T00:00:00+01:00"
    Dan antwoordt de dienst met status 400
    En noemt het probleem het veld "/effectiveFrom"

  Scenario: Alleen beleid dient concepten in
    Als "medewerker A" die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 403

  Scenario: Advies per datum: de versie die toen gold
    Als de intakemedewerker om advies vraagt per "2026-03-01"
    Dan antwoordt de dienst met status 201
    En noemt het advies de versie die op "2026-03-01" gold

  Scenario: Advies per een datum van voor de eerste versie kan niet
    Als de intakemedewerker om advies vraagt per "2020-01-01"
    Dan antwoordt de dienst met status 400
    En noemt het probleem de parameter "asOf"
