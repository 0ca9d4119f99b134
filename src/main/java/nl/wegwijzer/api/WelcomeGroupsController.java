package nl.wegwijzer.api;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijzer.advice.Language;
import nl.wegwijzer.contract.Contract;
import nl.wegwijzer.contract.MatchMapper;
import nl.wegwijzer.contract.generated.WelcomeGroupsApi;
import nl.wegwijzer.contract.generated.model.WeegschaalSet;
import nl.wegwijzer.contract.generated.model.WelcomeGroup;
import nl.wegwijzer.contract.generated.model.WelcomeGroupChange;
import nl.wegwijzer.contract.generated.model.WelcomeGroupPage;
import nl.wegwijzer.contract.generated.model.WelcomeGroupRequest;
import nl.wegwijzer.matching.WelcomeGroups;
import nl.wegwijzer.rules.RuleEngine;

/** Samen Hier's welcome groups as their coordinators keep them (issue 13). Matching is in {@link WelcomeGroupMatching}. */
@RestController
public class WelcomeGroupsController implements WelcomeGroupsApi {
    private final WelcomeGroups groups;
    private final RuleEngine engine;
    private final WelcomeGroupMatching matches;

    public WelcomeGroupsController(WelcomeGroups groups, RuleEngine engine, WelcomeGroupMatching matches) {
        this.groups = groups;
        this.engine = engine;
        this.matches = matches;
    }

    @Override
    public ResponseEntity<WelcomeGroup> createWelcomeGroup(WelcomeGroupRequest request) {
        var created = groups.create(details(request), Requests.caller().clientId());
        return ResponseEntity.created(URI.create("/api/v1/welcome-groups/" + created.id())).body(MatchMapper.toDto(created));
    }

    @Override
    public ResponseEntity<WelcomeGroupPage> listWelcomeGroups(String partnerOrganisation, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        var found = groups.page(partnerOrganisation, p, s);
        return ResponseEntity.ok(new WelcomeGroupPage(found.items().stream().map(MatchMapper::toDto).toList(), p, s, found.total(),
                (int) ((found.total() + s - 1) / s)));
    }

    @Override
    public ResponseEntity<WelcomeGroup> getWelcomeGroup(UUID id) {
        return ResponseEntity.ok(MatchMapper.toDto(groups.find(id).orElseThrow(() -> notFound(id))));
    }

    @Override
    public ResponseEntity<WelcomeGroup> updateWelcomeGroup(UUID id, WelcomeGroupRequest request) {
        return ResponseEntity.ok(MatchMapper.toDto(groups.change(id, details(request), Requests.caller().clientId())
                .orElseThrow(() -> notFound(id))));
    }

    @Override
    public ResponseEntity<Void> removeWelcomeGroup(UUID id) {
        if (!groups.retire(id, Requests.caller().clientId())) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<List<WelcomeGroupChange>> listWelcomeGroupHistory(UUID id) {
        var history = groups.history(id);
        if (history.isEmpty()) {
            throw notFound(id);
        }
        return ResponseEntity.ok(history.stream().map(c -> new WelcomeGroupChange(WelcomeGroupChange.ActionEnum.fromValue(c.action()),
                c.at().atOffset(ZoneOffset.UTC), c.by()).group(MatchMapper.toRequest(c.group()))).toList());
    }

    @Override
    public ResponseEntity<List<WeegschaalSet>> listWeegschaalStatements(String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return ResponseEntity.ok(engine.current().matching().weighSets().stream().map(s -> new WeegschaalSet(s.getCode(),
                language == Language.EN ? s.getSideAEn() : s.getSideANl(), language == Language.EN ? s.getSideBEn() : s.getSideBNl(),
                s.getSource())).toList());
    }

    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.WelcomeGroupMatch> createWelcomeGroupMatch(
            nl.wegwijzer.contract.generated.model.WelcomeGroupMatchRequest request, String acceptLanguage) {
        return matches.create(request, acceptLanguage);
    }

    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.WelcomeGroupMatch> getWelcomeGroupMatch(UUID id) {
        return matches.get(id);
    }

    @Override
    public ResponseEntity<nl.wegwijzer.contract.generated.model.WelcomeGroupChoice> chooseWelcomeGroup(UUID id,
            nl.wegwijzer.contract.generated.model.WelcomeGroupChoiceRequest request) {
        return matches.choose(id, request);
    }

    private WelcomeGroups.Details details(WelcomeGroupRequest request) {
        var details = MatchMapper.details(request);
        List<String> known = engine.current().matching().weighSets().stream().map(s -> s.getCode()).toList();
        List<Contract.FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < request.getWeegschaal().size(); i++) {
            String set = request.getWeegschaal().get(i).getSet();
            if (!known.contains(set)) {
                errors.add(new Contract.FieldError("/weegschaal/" + i + "/set", "weegschaal[" + i + "].set",
                        "'" + set + "' is no statement set of the weegschaal (known: " + known + ")"));
            }
        }
        if (details.weegschaal().size() < request.getWeegschaal().size()) {
            errors.add(new Contract.FieldError("/weegschaal", "weegschaal", "answers a statement set twice"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        return details;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No welcome group with id " + id);
    }
}
