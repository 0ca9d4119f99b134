# language: nl
# Bron: seed 002_e31e6122e3137ac9.txt (Projectaanpak Nieuwkomers, Apeldoorn): het Bloemmodel.
@regels
Functionaliteit: De gezinsdomeinen van het Bloemmodel
  Het advies zet de domeinen van het Bloemmodel aan die het huishouden nodig heeft, met de reden:
  onderwijs, opvoeding, participatie en integratie, werk en inkomen, zorg en welzijn.

  Abstract Scenario: Gezinsdomein <domein> gaat aan bij <wat>
    Gegeven een nieuwkomer met:
      | gemeente            | Apeldoorn        |
      | leeftijd            | 38               |
      | taalniveau          | A2               |
      | leeftijden kinderen | <kinderen>       |
      | uitkering           | <uitkering>      |
      | arbeidssituatie     | <werk>           |
      | kwetsbaarheden      | <kwetsbaarheden> |
      | inburgeringsplicht  | <inburgering>    |
    Als de intakemedewerker om advies vraagt
    Dan is het gezinsdomein "<domein>" aangezet

    Voorbeelden:
      | wat                   | kinderen | uitkering | werk       | kwetsbaarheden        | inburgering | domein                  |
      | schoolgaande kinderen | 7        |           |            |                       |             | ONDERWIJS               |
      | een peuter            | 2        |           |            |                       |             | OPVOEDING               |
      | bijstand              |          | BIJSTAND  |            |                       |             | WERK_INKOMEN            |
      | geen werk             |          |           | UNEMPLOYED |                       |             | WERK_INKOMEN            |
      | schulden              |          |           |            | FINANCIAL_PROBLEMS    |             | WERK_INKOMEN            |
      | trauma                |          |           |            | TRAUMA                |             | ZORG_WELZIJN            |
      | een leerachterstand   |          |           |            | LEARNING_DISADVANTAGE |             | ONDERWIJS               |
      | gezondheidsproblemen  |          |           |            | HEALTH_PROBLEMS       |             | ZORG_WELZIJN            |
      | inburgeringsplicht    |          |           |            |                       | ja          | PARTICIPATIE_INTEGRATIE |

  Scenario: Een huishouden zonder aanleiding krijgt geen domeinen
    Gegeven een nieuwkomer met:
      | gemeente            | Apeldoorn |
      | leeftijd            | 38        |
      | taalniveau          | B2        |
      | leeftijden kinderen | geen      |
      | uitkering           | NONE      |
      | arbeidssituatie     | EMPLOYED  |
      | kwetsbaarheden      | geen      |
      | inburgeringsplicht  | nee       |
    Als de intakemedewerker om advies vraagt
    Dan is het gezinsdomein "ONDERWIJS" niet aangezet
    En is het gezinsdomein "OPVOEDING" niet aangezet
    En is het gezinsdomein "WERK_INKOMEN" niet aangezet
    En is het gezinsdomein "ZORG_WELZIJN" niet aangezet
    En is het gezinsdomein "PARTICIPATIE_INTEGRATIE" niet aangezet

  Scenario: Een kind van 18 is niet meer schoolgaand en niet meer in de opvoeding
    Gegeven een nieuwkomer met:
      | gemeente            | Apeldoorn |
      | leeftijd            | 50        |
      | taalniveau          | B1        |
      | leeftijden kinderen | 18        |
    Als de intakemedewerker om advies vraagt
    Dan is het gezinsdomein "ONDERWIJS" niet aangezet
    En is het gezinsdomein "OPVOEDING" niet aangezet
