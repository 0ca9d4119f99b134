# language: nl
# Bron: seed 000_bb595d867bef5a9e.txt (We'RHERE, De Nieuwe Docent).
@regels
Functionaliteit: De Nieuwe Docent: Perspectiefgroep, Baanparticipatiegroep, alumni en vrijwilligerswerk op school
  De Nieuwe Docent is voor hoogopgeleide nieuwkomers (bachelor of hoger) met een onderwijsachtergrond
  (opgeleid in het onderwijs, of leservaring). Met taalniveau tot B1 is dat de Perspectiefgroep, met B1
  of hoger de Baanparticipatiegroep. Wie al als docent werkt, wordt mentor (alumni).

  Abstract Scenario: <wie>: Perspectiefgroep <perspectief>, Baanparticipatiegroep <baan>
    Gegeven een nieuwkomer met:
      | gemeente         | Utrecht       |
      | leeftijd         | 38            |
      | taalniveau       | <taal>        |
      | opleidingsniveau | <niveau>      |
      | vakgebied        | <vakgebied>   |
      | leservaring      | <leservaring> |
      | arbeidssituatie  | UNEMPLOYED    |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "<perspectief>"
    En is het traject "BAANPARTICIPATIEGROEP" "<baan>"
    En is het traject "SCHOOL_VOLUNTEERING" "<school>"

    Voorbeelden:
      | wie                             | taal | niveau     | vakgebied  | leservaring | perspectief | baan       | school     |
      | lerares, nog weinig Nederlands  | A2   | MASTER     | TEACHING   | 6           | aanbevolen  | past niet  | aanbevolen |
      | leraar zonder Nederlands        | A0   | BACHELOR   | TEACHING   | 0           | aanbevolen  | past niet  | aanbevolen |
      | leraar op B1                    | B1   | BACHELOR   | TEACHING   | 3           | past niet   | aanbevolen | mogelijk   |
      | ingenieur met leservaring op C1 | C1   | DOCTORATE  | STEM       | 2           | past niet   | aanbevolen | mogelijk   |
      | verpleegkundige met leservaring | A1   | BACHELOR   | HEALTHCARE | 1           | aanbevolen  | past niet  | aanbevolen |
      | ingenieur zonder leservaring    | B2   | MASTER     | STEM       | 0           | past niet   | past niet  | past niet  |
      | leraar met mbo-opleiding        | B1   | VOCATIONAL | TEACHING   | 10          | past niet   | past niet  | past niet  |

  Scenario: Het taalniveau B1 is de grens: A2 niet in de Baanparticipatiegroep, met de reden erbij
    Gegeven een nieuwkomer met:
      | gemeente         | Den Haag |
      | leeftijd         | 41       |
      | taalniveau       | A2       |
      | opleidingsniveau | MASTER   |
      | vakgebied        | TEACHING |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "BAANPARTICIPATIEGROEP" "past niet"
    En is de voorwaarde "LANGUAGE_LEVEL" van "BAANPARTICIPATIEGROEP" niet vervuld
    En is de voorwaarde "HIGHLY_EDUCATED" van "BAANPARTICIPATIEGROEP" vervuld
    En is de voorwaarde "TEACHING_BACKGROUND" van "BAANPARTICIPATIEGROEP" vervuld
    En is het traject "PERSPECTIEFGROEP" "aanbevolen"
    En is de voorwaarde "LANGUAGE_LEVEL" van "PERSPECTIEFGROEP" vervuld

  Scenario: Zonder onderwijsachtergrond past geen traject van De Nieuwe Docent
    Gegeven een nieuwkomer met:
      | gemeente         | Amsterdam |
      | leeftijd         | 29        |
      | taalniveau       | B2        |
      | opleidingsniveau | BACHELOR  |
      | vakgebied        | OTHER     |
      | leservaring      | 0         |
      | arbeidssituatie  | EMPLOYED  |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "BAANPARTICIPATIEGROEP" "past niet"
    En is de voorwaarde "TEACHING_BACKGROUND" van "BAANPARTICIPATIEGROEP" niet vervuld
    En is het traject "ALUMNI_MENTOR" "past niet"
    En is de voorwaarde "TEACHING_BACKGROUND" van "ALUMNI_MENTOR" niet vervuld
    En is het traject "SCHOOL_VOLUNTEERING" "past niet"
    En is de voorwaarde "TEACHING_BACKGROUND" van "SCHOOL_VOLUNTEERING" niet vervuld

  Scenario: Vanaf B1 past de Perspectiefgroep niet meer, met de reden erbij
    Gegeven een nieuwkomer met:
      | gemeente         | Den Haag |
      | leeftijd         | 41       |
      | taalniveau       | B2       |
      | opleidingsniveau | MASTER   |
      | vakgebied        | TEACHING |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "past niet"
    En is de voorwaarde "LANGUAGE_LEVEL" van "PERSPECTIEFGROEP" niet vervuld
    En is het traject "SCHOOL_VOLUNTEERING" "mogelijk"

  Abstract Scenario: Subgroep in de Baanparticipatiegroep: <subgroep> voor <wie>
    Gegeven een nieuwkomer met:
      | gemeente         | Rotterdam    |
      | leeftijd         | 45           |
      | taalniveau       | B2           |
      | opleidingsniveau | MASTER       |
      | vakgebied        | <vakgebied>  |
      | vak              | <vak>        |
      | schooltype       | <schooltype> |
      | leservaring      | 8            |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "BAANPARTICIPATIEGROEP" "aanbevolen"
    En is de subgroep van "BAANPARTICIPATIEGROEP" "<subgroep>"

    Voorbeelden:
      | wie                                          | vakgebied | vak          | schooltype | subgroep       |
      | een wiskundeleraar                           | TEACHING  | Wiskunde     | SECONDARY  | BETAGROEP      |
      | een scheikundige met leservaring             | STEM      |              | HIGHER     | BETAGROEP      |
      | een natuurkundeleraar uit het basisonderwijs | TEACHING  | natuurkunde  | PRIMARY    | BETAGROEP      |
      | een juf uit het basisonderwijs               | TEACHING  | taal         | PRIMARY    | BASISONDERWIJS |
      | een geschiedenisleraar                       | TEACHING  | geschiedenis | SECONDARY  | ALGEMENE_GROEP |
      | een leraar van wie het vak onbekend is       | TEACHING  |              |            | ALGEMENE_GROEP |

  Scenario: De Perspectiefgroep heeft geen subgroep
    Gegeven een nieuwkomer met:
      | gemeente         | Rotterdam |
      | leeftijd         | 45        |
      | taalniveau       | A2        |
      | opleidingsniveau | MASTER    |
      | vakgebied        | STEM      |
      | leservaring      | 4         |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "aanbevolen"
    En is de subgroep van "BAANPARTICIPATIEGROEP" "geen"
    En is de subgroep van "PERSPECTIEFGROEP" "geen"

  Scenario: Wie al als docent werkt, wordt mentor in plaats van in een groep te beginnen
    Gegeven een nieuwkomer met:
      | gemeente         | Utrecht             |
      | leeftijd         | 50                  |
      | taalniveau       | C1                  |
      | opleidingsniveau | MASTER              |
      | vakgebied        | TEACHING            |
      | arbeidssituatie  | EMPLOYED_AS_TEACHER |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "ALUMNI_MENTOR" "aanbevolen"
    En is de voorwaarde "EMPLOYED_AS_TEACHER" van "ALUMNI_MENTOR" vervuld
    En is het traject "BAANPARTICIPATIEGROEP" "mogelijk"

  Scenario: Wie nog niet als docent werkt, is geen alumnus
    Gegeven een nieuwkomer met:
      | gemeente         | Utrecht      |
      | leeftijd         | 33           |
      | taalniveau       | B1           |
      | opleidingsniveau | BACHELOR     |
      | vakgebied        | TEACHING     |
      | arbeidssituatie  | VOLUNTEERING |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "ALUMNI_MENTOR" "past niet"
    En is de voorwaarde "EMPLOYED_AS_TEACHER" van "ALUMNI_MENTOR" niet vervuld

  Scenario: Zonder arbeidssituatie is alumni nog niet te bepalen
    Gegeven een nieuwkomer met:
      | gemeente         | Utrecht  |
      | leeftijd         | 33       |
      | taalniveau       | B1       |
      | opleidingsniveau | BACHELOR |
      | vakgebied        | TEACHING |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "ALUMNI_MENTOR" "nog niet te bepalen"
    En ontbreekt voor "ALUMNI_MENTOR" het gegeven "work.status"
    En is het traject "BAANPARTICIPATIEGROEP" "aanbevolen"

  Abstract Scenario: Opleiding onbekend: De Nieuwe Docent nog niet te bepalen, tenzij het taalniveau al beslist
    Gegeven een nieuwkomer met:
      | gemeente        | Zwolle     |
      | leeftijd        | 36         |
      | taalniveau      | <taal>     |
      | arbeidssituatie | UNEMPLOYED |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "<perspectief>"
    En is het traject "BAANPARTICIPATIEGROEP" "<baan>"
    En is het traject "SCHOOL_VOLUNTEERING" "nog niet te bepalen"
    En ontbreekt voor "SCHOOL_VOLUNTEERING" het gegeven "education.level"
    En ontbreekt voor "SCHOOL_VOLUNTEERING" het gegeven "education.field"

    Voorbeelden:
      | taal | perspectief         | baan                |
      | A2   | nog niet te bepalen | past niet           |
      | B2   | past niet           | nog niet te bepalen |

  Scenario: Leservaring onbekend bij een ander vakgebied
    Gegeven een nieuwkomer met:
      | gemeente         | Zwolle |
      | leeftijd         | 36     |
      | taalniveau       | A1     |
      | opleidingsniveau | MASTER |
      | vakgebied        | STEM   |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "nog niet te bepalen"
    En is de voorwaarde "TEACHING_BACKGROUND" van "PERSPECTIEFGROEP" nog onbekend
    En ontbreekt voor "PERSPECTIEFGROEP" het gegeven "education.teachingExperienceYears"

  Scenario: Vakgebied onbekend en geen leservaring: de onderwijsachtergrond is nog niet te bepalen
    Gegeven een nieuwkomer met:
      | gemeente         | Zwolle   |
      | leeftijd         | 36       |
      | taalniveau       | A1       |
      | opleidingsniveau | BACHELOR |
      | leservaring      | 0        |
    Als de intakemedewerker om advies vraagt
    Dan is het traject "PERSPECTIEFGROEP" "nog niet te bepalen"
    En is de voorwaarde "TEACHING_BACKGROUND" van "PERSPECTIEFGROEP" nog onbekend
    En ontbreekt voor "PERSPECTIEFGROEP" het gegeven "education.field"

  Scenario: Bij de groepen horen Intensief Coaching en, voor wie inburgeringsplichtig is, de taalmodule
    Gegeven een nieuwkomer met:
      | gemeente           | Utrecht  |
      | leeftijd           | 31       |
      | taalniveau         | A1       |
      | opleidingsniveau   | BACHELOR |
      | vakgebied          | TEACHING |
      | inburgeringsplicht | ja       |
      | leerroute          | B1       |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "INTENSIEF_COACHING" bij "PERSPECTIEFGROEP"
    En duurt de verplichting "INTENSIEF_COACHING" 12 maanden
    En geldt de verplichting "LANGUAGE_MODULE" bij "PERSPECTIEFGROEP"

  Scenario: Ook bij de Baanparticipatiegroep hoort de taalmodule voor wie inburgeringsplichtig is
    Gegeven een nieuwkomer met:
      | gemeente           | Utrecht  |
      | leeftijd           | 31       |
      | taalniveau         | B2       |
      | opleidingsniveau   | BACHELOR |
      | vakgebied          | TEACHING |
      | inburgeringsplicht | ja       |
      | leerroute          | B1       |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "LANGUAGE_MODULE" bij "BAANPARTICIPATIEGROEP"

  Scenario: Wie niet inburgeringsplichtig is, krijgt geen taalmodule
    Gegeven een nieuwkomer met:
      | gemeente           | Utrecht  |
      | leeftijd           | 31       |
      | taalniveau         | B2       |
      | opleidingsniveau   | BACHELOR |
      | vakgebied          | TEACHING |
      | inburgeringsplicht | nee      |
    Als de intakemedewerker om advies vraagt
    Dan geldt de verplichting "INTENSIEF_COACHING" bij "BAANPARTICIPATIEGROEP"
    En geldt de verplichting "LANGUAGE_MODULE" niet
