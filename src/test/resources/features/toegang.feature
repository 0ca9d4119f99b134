# language: nl
# Bron: issue 4. API-sleutels met rollen INTAKE, SYSTEM, POLICY en AUDITOR; een klant leest nooit de
# gegevens van een andere klant.
Functionaliteit: Toegang: wie mag wat

  Scenario: Zonder sleutel geen advies
    Gegeven een nieuwkomer met:
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als "niemand" de nieuwkomer stuurt
    Dan antwoordt de dienst met status 401
    En is het antwoord een probleembericht

  Scenario: Met een onbekende sleutel geen advies
    Gegeven een nieuwkomer met:
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als "een onbekende" de nieuwkomer stuurt
    Dan antwoordt de dienst met status 401

  Abstract Scenario: <wie> mag <wat> niet
    Als "<wie>" "<adres>" opvraagt met "<methode>"
    Dan antwoordt de dienst met status 403
    En is het antwoord een probleembericht

    Voorbeelden:
      | wie             | wat                       | methode | adres                                       |
      | de auditor      | een advies vragen         | POST    | /api/v1/assessments                         |
      | beleid          | een advies vragen         | POST    | /api/v1/assessments                         |
      | beleid          | het audit-spoor lezen     | GET     | /api/v1/assessments                         |
      | medewerker A    | het audit-spoor exporteren | GET    | /api/v1/assessments/export                  |
      | medewerker A    | een batch sturen          | POST    | /api/v1/assessment-batches                  |

  Scenario: Een klant leest het advies van een andere klant niet
    Gegeven een nieuwkomer met:
      | referentie | nieuw    |
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt
    En "medewerker B" dat advies opvraagt
    Dan antwoordt de dienst met status 403
    En is het antwoord een probleembericht
    Als "medewerker B" de adviezen met die referentie zoekt
    Dan vindt die geen adviezen
    Als "de auditor" dat advies opvraagt
    Dan antwoordt de dienst met status 200
    Als "medewerker A" dat advies opvraagt
    Dan antwoordt de dienst met status 200

  Scenario: Het contract en de gezondheid zijn open, en elk antwoord draagt beveiligingskoppen
    Als "niemand" "/api/v1/openapi.json" opvraagt met "GET"
    Dan antwoordt de dienst met status 200
    En draagt het antwoord de beveiligingskoppen
    Als "niemand" "/actuator/health" opvraagt met "GET"
    Dan antwoordt de dienst met status 200

  Scenario: Beleid ziet tellingen, zonder persoonsgegevens
    Gegeven een nieuwkomer met:
      | referentie | nieuw    |
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt
    En "beleid" "/api/v1/statistics" opvraagt met "GET"
    Dan antwoordt de dienst met status 200
    En telt de statistiek minstens 1 advies met "REFUGEE_ON_BOARD" per status
    En noemt de statistiek geen referentie
