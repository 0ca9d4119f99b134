# language: nl
# Bron: seed 002_e31e6122e3137ac9.txt (Projectaanpak Nieuwkomers, Apeldoorn).
@regels
Functionaliteit: VARIIS-programma (gezinsaanpak)
  VARIIS is er voor nieuwkomers(gezinnen) in Apeldoorn: 6 weken, een keer per week, in groepen van
  hoogstens 15. Aanbevolen voor een huishouden met partner of kinderen.

  Abstract Scenario: VARIIS in <gemeente> voor <huishouden>: <status>
    Gegeven een nieuwkomer met:
      | gemeente            | <gemeente> |
      | leeftijd            | 35         |
      | taalniveau          | A1         |
      | partner             | <partner>  |
      | leeftijden kinderen | <kinderen> |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VARIIS_EMPOWERMENT" "<status>"

    Voorbeelden:
      | gemeente  | huishouden               | partner | kinderen | status     |
      | Apeldoorn | een gezin met kinderen   | ja      | 4, 9     | aanbevolen |
      | apeldoorn | een stel zonder kinderen | ja      | geen     | aanbevolen |
      | Apeldoorn | een alleenstaande ouder  | nee     | 2        | aanbevolen |
      | Apeldoorn | een alleenstaande        | nee     | geen     | mogelijk   |
      | GM0200    | een huishouden, onbekend |         |          | mogelijk   |
      | Deventer  | een gezin met kinderen   | ja      | 4, 9     | past niet  |

  Scenario: Buiten Apeldoorn past VARIIS niet, met de reden
    Gegeven een nieuwkomer met:
      | gemeente   | Deventer |
      | leeftijd   | 35       |
      | taalniveau | A1       |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VARIIS_EMPOWERMENT" "past niet"
    En is de voorwaarde "AVAILABLE" van "VARIIS_EMPOWERMENT" niet vervuld

  Scenario: Wie VARIIS al afrondde, krijgt het niet opnieuw
    Gegeven een nieuwkomer met:
      | gemeente              | Apeldoorn |
      | leeftijd              | 35        |
      | taalniveau            | A2        |
      | afgeronde programma's | VARIIS    |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VARIIS_EMPOWERMENT" "past niet"
    En is de voorwaarde "NOT_COMPLETED_BEFORE" van "VARIIS_EMPOWERMENT" niet vervuld

  Abstract Scenario: VARIIS is nooit "nog niet te bepalen": geen van zijn voorwaarden hangt af van een onbekend gegeven (<wat>)
    Gegeven een nieuwkomer met:
      | gemeente   | <gemeente> |
      | leeftijd   | 30         |
      | taalniveau | A0         |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VARIIS_EMPOWERMENT" "<status>"
    En ontbreken voor "VARIIS_EMPOWERMENT" geen gegevens

    Voorbeelden:
      | wat                                         | gemeente      | status    |
      | in Apeldoorn, alleen de verplichte gegevens | Apeldoorn     | mogelijk  |
      | in een onbekende gemeente                   | Nergenshuizen | past niet |

  Scenario: Bij VARIIS horen de bijeenkomsten
    Gegeven een nieuwkomer met:
      | gemeente   | Apeldoorn |
      | leeftijd   | 35        |
      | taalniveau | A1        |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "VARIIS_SESSIONS" bij "VARIIS_EMPOWERMENT"
