package nl.wegwijzer.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import nl.wegwijzer.contract.generated.model.FileChange;
import nl.wegwijzer.contract.generated.model.LineChange;
import nl.wegwijzer.contract.generated.model.RuleSetVersion;
import nl.wegwijzer.ruleset.FileDiff;
import nl.wegwijzer.ruleset.Versions;

/** A published version as the contract shows it: its state now (in effect, scheduled, superseded) and its changes. */
final class VersionAnswers {
    private final Versions versions;
    private final Clock clock;

    VersionAnswers(Versions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** A version just published (or rolled back to), with what changed since the version before it. */
    RuleSetVersion published(Versions.Version v) {
        Map<String, byte[]> before = versions.find(v.number() - 1).map(versions::files).orElse(Map.of());
        return of(v, FileDiff.between(before, versions.files(v)));
    }

    RuleSetVersion of(Versions.Version v, List<FileDiff.FileChange> changes) {
        Instant now = clock.instant();
        Integer inEffect = versions.effectiveAt(now).map(Versions.Version::number).orElse(null);
        RuleSetVersion.StateEnum state = Integer.valueOf(v.number()).equals(inEffect) ? RuleSetVersion.StateEnum.IN_EFFECT
                : v.effectiveFrom().isAfter(now) ? RuleSetVersion.StateEnum.SCHEDULED : RuleSetVersion.StateEnum.SUPERSEDED;
        return new RuleSetVersion(v.number(), v.hash(), RuleSetVersion.OriginEnum.fromValue(v.origin().name()), v.author(),
                v.reason(), v.effectiveFrom().atOffset(ZoneOffset.UTC), v.publishedAt().atOffset(ZoneOffset.UTC), state,
                changes(changes)).approver(v.approver()).draftId(v.draftId()).rollbackOf(v.rollbackOf());
    }

    static List<FileChange> changes(List<FileDiff.FileChange> changes) {
        return changes.stream().map(c -> new FileChange(c.file(), FileChange.ChangeEnum.fromValue(c.change().name()),
                c.lines().stream().map(l -> new LineChange(LineChange.KindEnum.fromValue(l.kind()), l.text())
                        .rowBefore(l.rowBefore()).rowAfter(l.rowAfter())).toList())).toList();
    }
}
