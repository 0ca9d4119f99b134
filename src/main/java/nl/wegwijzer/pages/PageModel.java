package nl.wegwijzer.pages;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.wegwijzer.access.Caller;
import nl.wegwijzer.access.Callers;
import nl.wegwijzer.access.Role;

/** What every page shows in its header: who is signed in, and the parts of the service their roles open. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {
    /** The signed-in person, or null on the sign-in page. */
    public record Person(String name, Set<Role> roles) {
        public boolean intake() {
            return roles.contains(Role.INTAKE);
        }

        public boolean policy() {
            return roles.contains(Role.POLICY);
        }

        public boolean audit() {
            return roles.contains(Role.AUDITOR) || roles.contains(Role.POLICY);
        }
    }

    @ModelAttribute("person")
    Person person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Callers.of(authentication).map((Caller c) -> new Person(c.clientId(), c.roles())).orElse(null);
    }
}
