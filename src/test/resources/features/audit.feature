# language: nl
# Bron: issue 4 (audit trail). Elk advies wordt bewaard, met de invoer, de regelset en wie vroeg;
# niets wordt ooit aangepast.
Functionaliteit: Audit: elk advies wordt bewaard en is terug te vinden

  Scenario: Adviezen zijn terug te vinden op hun pseudonieme referentie, het nieuwste eerst
    Gegeven een nieuwkomer met:
      | referentie | nieuw    |
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt
    Dan onthoudt de auditor dat advies
    Als de intakemedewerker om advies vraagt
    Dan onthoudt de auditor dat advies
    Als de auditor de adviezen met die referentie opvraagt
    Dan vindt de auditor precies die adviezen, het nieuwste eerst

  Scenario: Het correlatie-id van het verzoek blijft bij het advies
    Gegeven een nieuwkomer met:
      | referentie | nieuw    |
      | gemeente   | Utrecht  |
      | leeftijd   | 30       |
      | taalniveau | B1       |
    Als de intakemedewerker om advies vraagt met correlatie-id "zaak-4711.stap-2"
    Dan draagt het bewaarde advies correlatie-id "zaak-4711.stap-2"

  Abstract Scenario: Een foute vraag aan de audit: <wat>
    Als de auditor de adviezen opvraagt met "<vraag>"
    Dan antwoordt de dienst met status 400
    En is het antwoord een probleembericht

    Voorbeelden:
      | wat                 | vraag               |
      | een negatieve pagina | page=-1            |
      | te grote pagina's    | size=500           |
      | een kapotte datum    | from=gisteren      |

  Scenario: De auditor exporteert het audit-spoor als JSON Lines en als CSV
    Gegeven een nieuwkomer met:
      | referentie | nieuw     |
      | gemeente   | Apeldoorn |
      | leeftijd   | 41        |
      | taalniveau | B1        |
    Als de intakemedewerker om advies vraagt
    Dan onthoudt de auditor dat advies
    Als de intakemedewerker om advies vraagt
    Dan onthoudt de auditor dat advies
    Als de auditor de adviezen van het afgelopen uur exporteert als "jsonl"
    Dan staan die adviezen in de export, met invoer en advies
    Als de auditor de adviezen van het afgelopen uur exporteert als "csv"
    Dan staan die adviezen in de export als CSV-regels

  Scenario: Adviezen ouder dan de bewaartermijn worden verwijderd, recente blijven
    Gegeven een nieuwkomer met:
      | referentie | nieuw    |
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt
    Dan onthoudt de auditor dat advies
    En is dat advies 400 dagen geleden gegeven
    Als de intakemedewerker om advies vraagt
    Dan onthoudt de auditor dat advies
    Als de bewaartermijn van 365 dagen wordt toegepast
    Dan is het eerste advies verwijderd en het tweede bewaard

  Scenario: Een herhaald verzoek met dezelfde Idempotency-Key geeft het eerste advies, geen tweede
    Gegeven een nieuwkomer met:
      | referentie | nieuw    |
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt met sleutel "poging-42"
    Dan onthoudt de auditor dat advies
    Als de intakemedewerker om advies vraagt met sleutel "poging-42"
    Dan is het antwoord hetzelfde advies als het eerste
    Als de auditor de adviezen met die referentie opvraagt
    Dan vindt de auditor precies die adviezen, het nieuwste eerst

  Scenario: Dezelfde Idempotency-Key voor een ander verzoek wordt geweigerd
    Gegeven een nieuwkomer met:
      | referentie | nieuw    |
      | gemeente   | Den Haag |
      | leeftijd   | 30       |
      | taalniveau | A2       |
    Als de intakemedewerker om advies vraagt met sleutel "poging-43"
    En de intakemedewerker een ander verzoek stuurt met sleutel "poging-43"
    Dan antwoordt de dienst met status 422
    En is het antwoord een probleembericht
