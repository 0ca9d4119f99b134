package nl.wegwijzer.rules;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records the rules that fired in one session (a decision, or reading the reference tables). */
final class FiredRules extends DefaultAgendaEventListener {
    final List<String> names = new ArrayList<>(64);

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        names.add(event.getMatch().getRule().getName());
    }
}
