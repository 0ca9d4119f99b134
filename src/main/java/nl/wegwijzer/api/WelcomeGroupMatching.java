package nl.wegwijzer.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.wegwijzer.advice.IntakeFacts;
import nl.wegwijzer.advice.Language;
import nl.wegwijzer.audit.AssessmentRecords;
import nl.wegwijzer.audit.AuditTrail;
import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.MatchMapper;
import nl.wegwijzer.contract.generated.model.MatchCandidate;
import nl.wegwijzer.contract.generated.model.WelcomeGroupChoice;
import nl.wegwijzer.contract.generated.model.WelcomeGroupChoiceRequest;
import nl.wegwijzer.contract.generated.model.WelcomeGroupMatch;
import nl.wegwijzer.contract.generated.model.WelcomeGroupMatchRequest;
import nl.wegwijzer.matching.Matcher;
import nl.wegwijzer.matching.Matches;
import nl.wegwijzer.matching.Newcomer;
import nl.wegwijzer.matching.Postcodes;
import nl.wegwijzer.matching.WelcomeGroups;
import nl.wegwijzer.rules.RuleEngine;
import nl.wegwijzer.rules.RuleSet;

/**
 * A newcomer matched to welcome groups: the newcomer from the request or from a stored assessment, the
 * groups from the database, the ranking by {@link Matcher} under the rule set in effect; the answer is
 * stored (without the groups left out), and the officer's choice recorded next to it.
 */
@Component
class WelcomeGroupMatching {
    private final WelcomeGroups groups;
    private final Matches matches;
    private final Postcodes postcodes;
    private final RuleEngine engine;
    private final AssessmentRecords assessments;
    private final AuditTrail auditTrail;
    private final ObjectMapper json;
    private final Clock clock;

    WelcomeGroupMatching(WelcomeGroups groups, Matches matches, Postcodes postcodes, RuleEngine engine, AssessmentRecords assessments,
                         AuditTrail auditTrail, ObjectMapper json, Clock clock) {
        this.groups = groups;
        this.matches = matches;
        this.postcodes = postcodes;
        this.engine = engine;
        this.assessments = assessments;
        this.auditTrail = auditTrail;
        this.json = json;
        this.clock = clock;
    }

    ResponseEntity<WelcomeGroupMatch> create(WelcomeGroupMatchRequest request, String acceptLanguage) {
        RuleSet rules = engine.current();
        if (!rules.matching().available()) {
            throw new Idempotency.ConflictException("The rule set in effect has no matching tables (rules/samen-hier/koppelen-*)");
        }
        Newcomer newcomer = newcomer(request);
        var ranking = Matcher.rank(rules.matching(), newcomer, groups.active(request.getPartnerOrganisation()),
                Language.fromAcceptLanguage(acceptLanguage));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        WelcomeGroupMatch answer = MatchMapper.answer(id, now, rules, ranking, request.getLimit(), request.getReference());
        try {
            matches.save(id, request.getReference(), now, Requests.caller().clientId(),
                    answer.getRuleSetVersion() == null ? 0 : answer.getRuleSetVersion(), rules.hash(), json.writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (Boolean.TRUE.equals(request.getIncludeExcluded())) {
            answer.excluded(MatchMapper.excluded(ranking));
        }
        return ResponseEntity.created(URI.create("/api/v1/welcome-group-matches/" + id)).body(answer);
    }

    ResponseEntity<WelcomeGroupMatch> get(UUID id) {
        Matches.Stored stored = matches.find(id).orElseThrow(() -> new NotFoundException("No welcome-group match with id " + id));
        Requests.mayRead(stored.clientId());
        WelcomeGroupMatch answer = read(stored);
        matches.choice(id).ifPresent(c -> answer.choice(toDto(c)));
        return ResponseEntity.ok(answer);
    }

    ResponseEntity<WelcomeGroupChoice> choose(UUID id, WelcomeGroupChoiceRequest request) {
        Matches.Stored stored = matches.find(id).orElseThrow(() -> new NotFoundException("No welcome-group match with id " + id));
        Requests.mayAct(stored.clientId());
        WelcomeGroupMatch answer = read(stored);
        MatchCandidate chosen = answer.getCandidates().stream().filter(c -> c.getGroupId().equals(request.getGroupId())).findFirst()
                .orElseThrow(() -> invalid("/groupId", "groupId", "the group is not among this ranking's candidates"));
        if (chosen.getRank() > 1 && (request.getReason() == null || request.getReason().isBlank())) {
            throw invalid("/reason", "reason", "is required when the group chosen is not the first of the ranking");
        }
        try {
            Matches.Choice choice = matches.choose(id, request.getGroupId(), chosen.getRank(), request.getReason(),
                    Requests.caller().clientId());
            return ResponseEntity.status(HttpStatus.CREATED).body(toDto(choice));
        } catch (Matches.Refused refused) {
            throw new Idempotency.ConflictException(refused.getMessage());
        }
    }

    private Newcomer newcomer(WelcomeGroupMatchRequest request) {
        boolean described = request.getNewcomer() != null;
        boolean assessed = request.getAssessmentId() != null;
        if (described == assessed) {
            throw invalid("/newcomer", "newcomer", "give either newcomer or assessmentId (exactly one)");
        }
        if (described) {
            if (!request.getWeegschaal().isEmpty() || request.getPostcode() != null) {
                throw invalid("/weegschaal", "weegschaal", "with newcomer, give the weegschaal and the postcode inside newcomer");
            }
            return MatchMapper.newcomer(request.getNewcomer(), postcodes);
        }
        UUID id = request.getAssessmentId();
        Requests.mayRead(auditTrail.owner(id).orElseThrow(() -> new NotFoundException("No assessment with id " + id)));
        IntakeFacts intake = assessments.findById(id).map(a -> {
            try {
                return json.readValue(a.intake(), IntakeFacts.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow(() -> new NotFoundException("No assessment with id " + id));
        return new Newcomer(postcodes.centroid(request.getPostcode()).orElse(null), Set.copyOf(intake.vulnerabilities()),
                Set.copyOf(intake.priorities()), MatchMapper.answers(request.getWeegschaal()), householdSize(intake));
    }

    /** The newcomer, a partner and the children, as far as the intake knows them. */
    static int householdSize(IntakeFacts intake) {
        if (intake.household() == null) {
            return 1;
        }
        int size = 1 + (Boolean.TRUE.equals(intake.household().partner()) ? 1 : 0);
        return size + (intake.household().childrenAges() == null ? 0 : intake.household().childrenAges().size());
    }

    private WelcomeGroupMatch read(Matches.Stored stored) {
        try {
            return json.readValue(stored.answer(), WelcomeGroupMatch.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WelcomeGroupChoice toDto(Matches.Choice c) {
        return new WelcomeGroupChoice(c.matchId(), c.groupId(), c.rank(), c.decidedAt().atOffset(ZoneOffset.UTC)).reason(c.reason())
                .officer(c.officer());
    }

    private static InvalidRequestException invalid(String pointer, String field, String detail) {
        return new InvalidRequestException("1 field is invalid", List.of(new Contract.FieldError(pointer, field, detail)));
    }

}
