# language: nl
# Bron: issue 4. De regels adviseren, de medewerker besluit. Wie van het advies afwijkt, geeft een
# reden. Een besluit kan door een later besluit worden vervangen, maar wordt nooit gewist.
Functionaliteit: Het besluit van de medewerker naast het advies

  Achtergrond:
    Gegeven een nieuwkomer met:
      | gemeente        | Den Haag   |
      | leeftijd        | 30         |
      | taalniveau      | A2         |
      | arbeidssituatie | UNEMPLOYED |
    En de intakemedewerker om advies vraagt

  Scenario: De medewerker volgt het advies
    Als de medewerker besluit tot "REFUGEE_ON_BOARD" en het advies volgt
    Dan antwoordt de dienst met status 201
    En staat het besluit "FOLLOWED" met "REFUGEE_ON_BOARD" bij het advies

  Scenario: De medewerker wijkt af, met een reden
    Als de medewerker besluit tot "CARE_INTERNSHIP" en afwijkt omdat "Stageplek in Den Haag via eigen netwerk geregeld"
    Dan antwoordt de dienst met status 201
    En staat het besluit "OVERRIDDEN" met "CARE_INTERNSHIP" bij het advies

  Scenario: Afwijken zonder reden kan niet
    Als de medewerker besluit tot "CARE_INTERNSHIP" en afwijkt omdat ""
    Dan antwoordt de dienst met status 400
    En is het antwoord een probleembericht
    En noemt het probleem het veld "/reason"

  Scenario: Een traject kiezen dat niet past is afwijken, ook als de medewerker "volgen" zegt
    Als de medewerker besluit tot "CARE_INTERNSHIP" en het advies volgt
    Dan antwoordt de dienst met status 400
    En noemt het probleem het veld "/pathways/0"

  Scenario: Een later besluit vervangt het eerdere, dat blijft bewaard
    Als de medewerker besluit tot "REFUGEE_ON_BOARD" en het advies volgt
    En de medewerker besluit tot "VIP" en het advies volgt
    Dan staan er 2 besluiten bij het advies, het laatste vervangt het eerste

  Scenario: Een besluit over een onbekend advies
    Als de medewerker besluit over advies "0b5c2b3e-54c1-4a55-9f5b-3c1d1c1e0000"
    Dan antwoordt de dienst met status 404
    En is het antwoord een probleembericht
