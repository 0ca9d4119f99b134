# language: nl
# Bron: seed 003_0fe529f65dd084ed.txt (Samen Hier).
@regels
Functionaliteit: Samen Hier-welkomgroep
  Een jaar lang een groep van 3 tot 5 inwoners. De bron noemt geen lijst van gemeenten, dus de
  standaardtabel maakt Samen Hier overal beschikbaar (aanname, door beleid aan te passen). Aanbevolen
  wie sociaal contact of een netwerk zoekt.

  Abstract Scenario: Samen Hier voor iemand met prioriteiten "<prioriteiten>" in <gemeente>: <status>
    Gegeven een nieuwkomer met:
      | gemeente     | <gemeente>     |
      | leeftijd     | 52             |
      | taalniveau   | A1             |
      | prioriteiten | <prioriteiten> |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "SAMEN_HIER_WELCOME_GROUP" "<status>"
    En is de voorwaarde "AVAILABLE" van "SAMEN_HIER_WELCOME_GROUP" vervuld

    Voorbeelden:
      | gemeente | prioriteiten       | status     |
      | Nijmegen | SOCIAL_CONTACT     | aanbevolen |
      | Nijmegen | NETWORK, PAID_WORK | aanbevolen |
      | Nijmegen | PAID_WORK          | mogelijk   |
      | Nijmegen | geen               | mogelijk   |
      | Ons Dorp | SOCIAL_CONTACT     | aanbevolen |

  Scenario: Wie al een Samen Hier-jaar had, krijgt het niet opnieuw
    Gegeven een nieuwkomer met:
      | gemeente              | Nijmegen       |
      | leeftijd              | 52             |
      | taalniveau            | A1             |
      | prioriteiten          | SOCIAL_CONTACT |
      | afgeronde programma's | SAMEN_HIER     |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "SAMEN_HIER_WELCOME_GROUP" "past niet"
    En is de voorwaarde "NOT_COMPLETED_BEFORE" van "SAMEN_HIER_WELCOME_GROUP" niet vervuld

  Abstract Scenario: Samen Hier is nooit "nog niet te bepalen": geen van zijn voorwaarden hangt af van een onbekend gegeven (<wat>)
    Gegeven een nieuwkomer met:
      | gemeente   | <gemeente> |
      | leeftijd   | 30         |
      | taalniveau | A0         |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "SAMEN_HIER_WELCOME_GROUP" "mogelijk"
    En ontbreken voor "SAMEN_HIER_WELCOME_GROUP" geen gegevens

    Voorbeelden:
      | wat                                  | gemeente      |
      | alles behalve de verplichte gegevens | Breda         |
      | zelfs in een onbekende gemeente      | Nergenshuizen |
