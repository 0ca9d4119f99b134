package nl.wegwijzer.api;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;

import nl.wegwijzer.contract.generated.model.CompileError;
import nl.wegwijzer.contract.generated.model.Difference;
import nl.wegwijzer.contract.generated.model.Draft;
import nl.wegwijzer.contract.generated.model.Impact;
import nl.wegwijzer.contract.generated.model.ImpactRun;
import nl.wegwijzer.contract.generated.model.ImpactSample;
import nl.wegwijzer.contract.generated.model.ScenarioFailure;
import nl.wegwijzer.contract.generated.model.ScenarioReport;
import nl.wegwijzer.contract.generated.model.TableFinding;
import nl.wegwijzer.contract.generated.model.TableRow;
import nl.wegwijzer.contract.generated.model.Transition;
import nl.wegwijzer.contract.generated.model.Validation;
import nl.wegwijzer.rules.RuleSet;
import nl.wegwijzer.ruleset.Drafts;
import nl.wegwijzer.ruleset.ImpactRuns;
import nl.wegwijzer.ruleset.TableAnalysis;
import nl.wegwijzer.scenarios.Scenarios;

/** Drafts, their validation and their impact as the contract shows them. */
final class DraftAnswers {
    private DraftAnswers() {
    }

    static Draft draft(nl.wegwijzer.ruleset.Draft d) {
        return new Draft(d.id(), d.baseVersion(), d.baseHash(), d.author(), d.reason(), d.createdAt().atOffset(ZoneOffset.UTC),
                d.changedFiles()).approvedBy(d.approvedBy())
                .approvedAt(d.approvedAt() == null ? null : d.approvedAt().atOffset(ZoneOffset.UTC))
                .approvalNote(d.approvalNote()).publishedAs(d.publishedAs());
    }

    static Validation validation(Drafts.Validation v) {
        return new Validation(v.valid(),
                v.errors().stream().map(e -> new CompileError(e.message()).file(e.file()).row(e.row()).line(e.line())
                        .column(e.column()).columnTitle(e.columnTitle())).toList(),
                v.gaps().stream().map(DraftAnswers::finding).toList(),
                v.overlaps().stream().map(DraftAnswers::finding).toList(),
                scenarios(v.scenarios()));
    }

    static Impact impact(nl.wegwijzer.ruleset.Impact.Report r) {
        return new Impact(r.draftId(), Integer.valueOf(r.comparedWith()), r.assessments(), r.changed(),
                r.transitions().stream().map(t -> new Transition(t.pathway(), t.from(), t.to(), t.count())).toList(),
                r.samples().stream().map(x -> new ImpactSample(
                        x.differences().stream().map(d -> new Difference(d.path()).stored(d.stored()).replayed(d.replayed())).toList()))
                        .toList(),
                scenarios(r.scenarios()));
    }

    static ImpactRun impactRun(ImpactRuns.Run run) {
        return new ImpactRun(run.id(), run.draftId(), ImpactRun.StatusEnum.fromValue(run.state().name()), run.total(), run.processed(),
                run.startedAt().atOffset(ZoneOffset.UTC))
                .finishedAt(run.finishedAt() == null ? null : run.finishedAt().atOffset(ZoneOffset.UTC))
                .report(run.report() == null ? null : impact(run.report()));
    }

    static ScenarioReport scenarios(Scenarios.Result s) {
        return new ScenarioReport(s.passed(), s.failed(),
                s.failures().stream().map(f -> new ScenarioFailure(f.feature(), f.scenario(), f.message()).line(f.line())).toList(),
                s.uncoveredRows().stream().map(DraftAnswers::row).toList()).note(s.note());
    }

    private static TableFinding finding(TableAnalysis.Finding f) {
        return new TableFinding(f.file(), f.table(), f.group(), f.rows(), new LinkedHashMap<>(f.example()));
    }

    private static TableRow row(RuleSet.TableRow row) {
        return new TableRow(row.file(), row.row(), row.rule());
    }
}
