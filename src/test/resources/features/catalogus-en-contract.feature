# language: nl
# Bron: openapi.yaml, de trajecten- en beschikbaarheidstabellen van elk programma (rules/*/trajecten.drl.csv, beschikbaarheid.drl.csv).
Functionaliteit: Het advies bewaren en teruglezen, de catalogus, de regelset en het contract

  Scenario: Een advies krijgt een adres en is daar terug te lezen, ook in het Engels
    Gegeven een nieuwkomer met:
      | referentie | INT-2026-0042 |
      | gemeente   | Den Haag      |
      | leeftijd   | 30            |
      | taalniveau | A2            |
    Als de intakemedewerker om advies vraagt
    Dan antwoordt de dienst met status 201
    En wijst de Location-header naar het advies
    En noemt het antwoord "reference" als "INT-2026-0042"
    Als de intakemedewerker dat advies in het Engels opvraagt
    Dan antwoordt de dienst met status 200
    En noemt het antwoord "reference" als "INT-2026-0042"
    En noemt de samenvatting "Not yet decided"

  Scenario: Het advies in het Engels
    Gegeven een nieuwkomer met:
      | gemeente        | Den Haag   |
      | leeftijd        | 30         |
      | taalniveau      | A2         |
      | arbeidssituatie | UNEMPLOYED |
    Als de intakemedewerker om advies in het Engels vraagt
    Dan noemt de samenvatting "Recommended: Refugee on Board"

  Scenario: Het advies noemt de regelset die besliste
    Gegeven een nieuwkomer met:
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt
    Dan noemt het antwoord "ruleSetVersion" het nummer van de versie die nu geldt

  Scenario: De regelset: versie en bestanden
    Als de intakemedewerker "/api/v1/rulesets/current" opvraagt
    Dan antwoordt de dienst met status 200
    En noemt het antwoord "version" het nummer van de versie die nu geldt

  Scenario: De catalogus noemt elk traject, met waar het beschikbaar is
    Als de intakemedewerker "/api/v1/pathways" opvraagt
    Dan antwoordt de dienst met status 200
    En noemt de catalogus de trajecten:
      | PERSPECTIEFGROEP         |
      | BAANPARTICIPATIEGROEP    |
      | ALUMNI_MENTOR            |
      | SCHOOL_VOLUNTEERING      |
      | REFUGEE_ON_BOARD         |
      | VARIIS_EMPOWERMENT       |
      | CARE_INTERNSHIP          |
      | SAMEN_HIER_WELCOME_GROUP |
      | VIP                      |
    En is "REFUGEE_ON_BOARD" alleen beschikbaar in "Den Haag"
    En is "CARE_INTERNSHIP" alleen beschikbaar in "Apeldoorn"

  Scenario: Het contract als JSON
    Als de intakemedewerker "/api/v1/openapi.json" opvraagt
    Dan antwoordt de dienst met status 200
    En noemt het antwoord "info.title" als "Wegwijzer"

  Scenario: Het contract als YAML
    Als de intakemedewerker "/api/v1/openapi.yaml" opvraagt
    Dan antwoordt de dienst met status 200
    En is de tekst van het antwoord YAML met "/api/v1/assessments"

  Scenario: Een bewaard advies opnieuw laten beslissen geeft hetzelfde advies
    Gegeven een nieuwkomer met:
      | gemeente            | Apeldoorn |
      | leeftijd            | 40        |
      | taalniveau          | B1        |
      | leeftijden kinderen | 6         |
    Als de intakemedewerker om advies vraagt
    En de intakemedewerker dat advies opnieuw laat beslissen
    Dan antwoordt de dienst met status 200
    En is het opnieuw beslist advies gelijk aan het bewaarde, onder de regelset van toen en van nu
