package dk.aarshjul.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}). Skipped when
 * they are not installed, a failure instead when {@code CI=true}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(Browsers.Available.class)
public @interface BrowserTest {}
