# language: nl
# Bron: issue 5. Beleidsmedewerkers wijzigen een tabel als concept. De controle zegt in woorden waar
# iets mis is (bestand, rij, kolom; welke invoer geen of twee rijen raakt); de impact zegt wat het
# concept verandert voor mensen die al advies kregen en voor de scenario's; een tweede
# beleidsmedewerker keurt goed; de nieuwe versie gaat in op een gekozen moment, zonder herstart.
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
    En de tabel "language-levels.drl.csv" met 'Perspectiefgroep: taalniveau tot B1,"A0, A1, A2"' vervangen door 'Perspectiefgroep: taalniveau tot B1,"A0, A1, A2, B1"'
    En in die tabel 'Perspectiefgroep: taalniveau B1 of hoger,"B1, B2, C1, C2"' vervangen door 'Perspectiefgroep: taalniveau B1 of hoger,"B2, C1, C2"'

  Scenario: De Perspectiefgroep ook voor B1: controleren, impact, goedkeuren, plannen, in werking
    Als beleid die tabel als concept indient met reden "Perspectiefgroep ook voor B1 (pilot 2027)"
    Dan antwoordt de dienst met status 201
    Als beleid de controle van het concept opvraagt
    Dan is het concept geldig
    Als beleid de impact van het concept opvraagt
    Dan verandert het concept het advies van ten minste 1 eerdere beoordeling
    En gaat "PERSPECTIEFGROEP" bij ten minste 1 persoon van "past niet" naar "aanbevolen"
    En noemt de impact een voorbeeld waarin "/pathways[PERSPECTIEFGROEP]/status" verandert
    En slagen onder het concept niet alle scenario's: een mislukt in "de-nieuwe-docent.feature"
    Als "beleid B" het concept goedkeurt
    Dan antwoordt de dienst met status 200
    Als beleid het concept publiceert met ingang over 4 seconden
    Dan antwoordt de dienst met status 201
    En is de nieuwe versie gepland, met auteur "beleid", goedkeurder "beleid-b" en de reden
    En noemt de nieuwe versie de gewijzigde rij van "language-levels.drl.csv"
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "past niet"
    Als de ingangsdatum van de nieuwe versie voorbij is
    En de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "aanbevolen"
    En noemt het advies de nieuwe versie
    Als de intakemedewerker om advies vraagt per het moment van publicatie
    Dan is het traject "PERSPECTIEFGROEP" "past niet"
    En noemt het advies de versie van voor de wijziging
    Als beleid de versie van voor de wijziging terugzet met reden "Pilot gestopt"
    Dan antwoordt de dienst met status 201
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "past niet"

  Scenario: Een cel die niet bij haar kolom past: de weigering noemt bestand, rij en kolom
    Gegeven de tabel "work-and-hours.drl.csv" met "Zorgstage: 16 uur per week beschikbaar,true,16," vervangen door "Zorgstage: 16 uur per week beschikbaar,true,zestien,"
    Als beleid die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 422
    En noemt de weigering "work-and-hours.drl.csv, row 28, column C (Minstens uur per week)"

  Scenario: Tekst blijft tekst: een aanhalingsteken of backslash in een cel wordt geweigerd
    Gegeven de tabel "language-levels.drl.csv" met "Perspectiefgroep: taalniveau tot B1," vervangen door "Perspectiefgroep: taalniveau tot B1\\,"
    Als beleid die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 422
    En noemt de weigering "language-levels.drl.csv, row 10, column A (Naam (name))"

  Scenario: De machinerie van een tabel verandert niet via een concept
    Gegeven de tabel "work-and-hours.drl.csv" met "hoursAvailablePerWeek >= $param" vervangen door "urenPerWeek >= $param"
    Als beleid die tabel als concept indient met reden "test"
    Dan antwoordt de dienst met status 422
    En noemt de weigering "work-and-hours.drl.csv, row 26"
    En zegt het probleembericht "not editable through a draft"

  Scenario: Een gat: een taalniveau dat in geen rij staat
    Gegeven de tabel "language-levels.drl.csv" met 'Perspectiefgroep: taalniveau B1 of hoger,"B1, B2, C1, C2"' vervangen door 'Perspectiefgroep: taalniveau B1 of hoger,"B2, C1, C2"'
    Als beleid die tabel als concept indient met reden "test"
    En beleid de controle van het concept opvraagt
    Dan is het concept niet geldig
    En noemt de controle een gat in "language-levels.drl.csv" voor "PERSPECTIEFGROEP / LANGUAGE_LEVEL" met voorbeeld "languageLevel" = "B1"
    Als "beleid B" het concept goedkeurt
    Dan antwoordt de dienst met status 409

  Scenario: Een overlap: een taalniveau in twee rijen
    Gegeven de tabel "language-levels.drl.csv" met 'Perspectiefgroep: taalniveau tot B1,"A0, A1, A2"' vervangen door 'Perspectiefgroep: taalniveau tot B1,"A0, A1, A2, B1"'
    Als beleid die tabel als concept indient met reden "test"
    En beleid de controle van het concept opvraagt
    Dan is het concept niet geldig
    En noemt de controle een overlap in "language-levels.drl.csv" van de rijen 10 en 11

  Scenario: Wie het concept schreef, keurt het niet zelf goed
    Als beleid die tabel als concept indient met reden "Perspectiefgroep ook voor B1"
    En beleid het concept goedkeurt
    Dan antwoordt de dienst met status 403
    En zegt het probleembericht "cannot approve"

  Scenario: Zonder goedkeuring geen publicatie
    Als beleid die tabel als concept indient met reden "Perspectiefgroep ook voor B1"
    En beleid het concept publiceert met ingang nu
    Dan antwoordt de dienst met status 409
    En zegt het probleembericht "not approved"

  Scenario: Een ingangsdatum in het verleden kan niet
    Als beleid die tabel als concept indient met reden "Perspectiefgroep ook voor B1"
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
