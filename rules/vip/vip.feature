# language: nl
# Bron: seed 004_8698509dc823cf4c.txt (VluchtelingenWerk, VIP).
@regels
Functionaliteit: VIP, Vluchtelingen Investeren in Participeren
  In principe voor iedere vluchteling. Spoor betaald werk, of zinvolle dagbesteding als de kans op
  betaald werk klein is. Wat "klein" is staat in een tabel die beleid kan aanpassen.

  Abstract Scenario: VIP-spoor voor <wie>: <spoor>
    Gegeven een nieuwkomer met:
      | gemeente     | Tilburg        |
      | leeftijd     | <leeftijd>     |
      | taalniveau   | <taal>         |
      | werkervaring | <werkervaring> |
      | prioriteiten | PAID_WORK      |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VIP" "aanbevolen"
    En is het spoor van "VIP" "<spoor>"

    Voorbeelden:
      | wie                                           | leeftijd | taal | werkervaring | spoor            |
      | iemand met B1 en werkervaring                 | 30       | B1   | 6            | PAID_WORK        |
      | iemand met A1 en werkervaring                 | 30       | A1   | 4            | PAID_WORK        |
      | iemand met A0 zonder werkervaring             | 30       | A0   | 0            | DAYTIME_ACTIVITY |
      | iemand met A1 zonder werkervaring             | 45       | A1   | 0            | DAYTIME_ACTIVITY |
      | iemand van 62 met werkervaring                | 62       | B2   | 30           | DAYTIME_ACTIVITY |
      | iemand van 60 met werkervaring                | 60       | B2   | 30           | PAID_WORK        |
      | iemand met A2 van wie de ervaring onbekend is | 30       | A2   |              | PAID_WORK        |

  Scenario: Spoor nog niet te bepalen zonder werkervaring bij een laag taalniveau
    Gegeven een nieuwkomer met:
      | gemeente   | Tilburg |
      | leeftijd   | 30      |
      | taalniveau | A1      |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VIP" "mogelijk"
    En is het spoor van "VIP" "geen"
    En ontbreekt voor "VIP" het gegeven "work.experienceYears"

  Scenario: Zonder wens tot betaald werk is VIP mogelijk, niet aanbevolen
    Gegeven een nieuwkomer met:
      | gemeente     | Tilburg        |
      | leeftijd     | 30             |
      | taalniveau   | B1             |
      | prioriteiten | SOCIAL_CONTACT |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VIP" "mogelijk"

  Scenario: Bij VIP horen de training en een actieplan met de coach
    Gegeven een nieuwkomer met:
      | gemeente     | Tilburg   |
      | leeftijd     | 30        |
      | taalniveau   | B1        |
      | prioriteiten | PAID_WORK |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "VIP_TRAINING" bij "VIP"
    En geldt de verplichting "ACTION_PLAN" bij "VIP"

  Scenario: Wie VIP al volgde, krijgt het niet opnieuw
    Gegeven een nieuwkomer met:
      | gemeente              | Tilburg |
      | leeftijd              | 30      |
      | taalniveau            | B1      |
      | afgeronde programma's | VIP     |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "VIP" "past niet"
    En is de voorwaarde "NOT_COMPLETED_BEFORE" van "VIP" niet vervuld
    En geldt de verplichting "VIP_TRAINING" niet
