# language: nl
# Bron: Wet inburgering 2021, Participatiewet art. 9 en 9a.
@regels
Functionaliteit: Verplichtingen uit de wet
  Inburgering geldt van 16 jaar tot de AOW-leeftijd, de arbeidsverplichtingen van de Participatiewet
  van 18 tot de AOW-leeftijd. Het advies noemt ze, en laat ze nooit stil weg.

  Abstract Scenario: Inburgeringsplichtig op de <route>-route op <leeftijd> jaar: <verplichting>
    Gegeven een nieuwkomer met:
      | gemeente           | Almere     |
      | leeftijd           | <leeftijd> |
      | taalniveau         | A1         |
      | inburgeringsplicht | ja         |
      | leerroute          | <route>    |
    Als de intakemedewerker om advies vraagt
    Dan <verplichting>

    Voorbeelden:
      | route     | leeftijd | verplichting                                                           |
      | B1        | 30       | geldt de verplichting "INBURGERING_ROUTE" uit de wet "WET_INBURGERING" |
      | ONDERWIJS | 17       | geldt de verplichting "INBURGERING_ROUTE" uit de wet "WET_INBURGERING" |
      | Z         | 58       | geldt de verplichting "INBURGERING_ROUTE" uit de wet "WET_INBURGERING" |
      | B1        | 16       | geldt de verplichting "INBURGERING_ROUTE" uit de wet "WET_INBURGERING" |
      | B1        | 15       | geldt de verplichting "INBURGERING_ROUTE" niet                         |
      | Z         | 67       | geldt de verplichting "INBURGERING_ROUTE" niet                         |

  Scenario: Inburgeringsplichtig, route nog niet vastgesteld: de verplichting blijft staan
    Gegeven een nieuwkomer met:
      | gemeente           | Almere |
      | leeftijd           | 30     |
      | taalniveau         | A1     |
      | inburgeringsplicht | ja     |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "INBURGERING_ROUTE" uit de wet "WET_INBURGERING"
    En duurt de verplichting "INBURGERING_ROUTE" 36 maanden

  Scenario: Een vastgestelde leerroute betekent inburgeringsplicht, ook als die niet apart is ingevuld
    Gegeven een nieuwkomer met:
      | gemeente   | Almere |
      | leeftijd   | 30     |
      | taalniveau | A1     |
      | leerroute  | Z      |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "INBURGERING_ROUTE" uit de wet "WET_INBURGERING"

  Scenario: Niet inburgeringsplichtig: geen inburgeringsverplichting
    Gegeven een nieuwkomer met:
      | gemeente           | Almere |
      | leeftijd           | 30     |
      | taalniveau         | B2     |
      | inburgeringsplicht | nee    |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "INBURGERING_ROUTE" niet

  Abstract Scenario: Sollicitatieplicht in de bijstand: <wie>
    Gegeven een nieuwkomer met:
      | gemeente           | Almere      |
      | leeftijd           | <leeftijd>  |
      | taalniveau         | B1          |
      | uitkering          | <uitkering> |
      | sollicitatieplicht | <plicht>    |
    Als de intakemedewerker om advies vraagt
    Dan <verplichting>

    Voorbeelden:
      | wie                             | leeftijd | uitkering | plicht | verplichting                                                                    |
      | bijstand met sollicitatieplicht | 40       | BIJSTAND  | ja     | geldt de verplichting "JOB_APPLICATION_OBLIGATION" uit de wet "PARTICIPATIEWET" |
      | bijstand, ontheffing onbekend   | 40       | BIJSTAND  |        | geldt de verplichting "JOB_APPLICATION_OBLIGATION" uit de wet "PARTICIPATIEWET" |
      | bijstand met ontheffing         | 40       | BIJSTAND  | nee    | geldt de verplichting "JOB_APPLICATION_OBLIGATION" niet                         |
      | geen uitkering                  | 40       | NONE      |        | geldt de verplichting "JOB_APPLICATION_OBLIGATION" niet                         |
      | bijstand op 17                  | 17       | BIJSTAND  | ja     | geldt de verplichting "JOB_APPLICATION_OBLIGATION" niet                         |
      | bijstand op AOW-leeftijd        | 67       | BIJSTAND  | ja     | geldt de verplichting "JOB_APPLICATION_OBLIGATION" niet                         |

  Abstract Scenario: Alleenstaande ouder met een kind onder de 5 mag ontheffing vragen (art. 9a): <wie>
    Gegeven een nieuwkomer met:
      | gemeente            | Almere     |
      | leeftijd            | 29         |
      | taalniveau          | A2         |
      | uitkering           | BIJSTAND   |
      | sollicitatieplicht  | ja         |
      | alleenstaande ouder | <alleen>   |
      | leeftijden kinderen | <kinderen> |
    Als de intakemedewerker om advies vraagt
    Dan <verplichting>
    En geldt de verplichting "JOB_APPLICATION_OBLIGATION" uit de wet "PARTICIPATIEWET"

    Voorbeelden:
      | wie                             | alleen | kinderen | verplichting                                                                    |
      | moeder van een kind van 3       | ja     | 3        | geldt de verplichting "MAY_REQUEST_WORK_EXEMPTION" uit de wet "PARTICIPATIEWET" |
      | vader van kinderen van 4 en 10  | ja     | 10, 4    | geldt de verplichting "MAY_REQUEST_WORK_EXEMPTION" uit de wet "PARTICIPATIEWET" |
      | ouder van een kind van 5        | ja     | 5        | geldt de verplichting "MAY_REQUEST_WORK_EXEMPTION" niet                         |
      | ouders samen met een kind van 2 | nee    | 2        | geldt de verplichting "MAY_REQUEST_WORK_EXEMPTION" niet                         |

  Scenario: De bron van een wettelijke verplichting is een link naar het wetsartikel
    Gegeven een nieuwkomer met:
      | gemeente            | Almere   |
      | leeftijd            | 29       |
      | taalniveau          | A2       |
      | uitkering           | BIJSTAND |
      | sollicitatieplicht  | ja       |
      | alleenstaande ouder | ja       |
      | leeftijden kinderen | 3        |
    Als de intakemedewerker om advies vraagt
    Dan verwijst de bron van de verplichting "JOB_APPLICATION_OBLIGATION" naar "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=9"
    En verwijst de bron van de verplichting "MAY_REQUEST_WORK_EXEMPTION" naar "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=9a"
