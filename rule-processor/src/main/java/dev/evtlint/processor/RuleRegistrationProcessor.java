package dev.evtlint.processor;

import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Registers every class annotated with {@link RuleMeta}, in whatever package it stands, as a
 * {@link Rule} for {@link java.util.ServiceLoader}: it writes
 * {@code META-INF/services/dev.evtlint.rule.Rule} into the class output, so that a new rule needs no
 * line in a hand-written list. On the way it makes a compile error of what would only fail when the
 * registry loads: a class ServiceLoader cannot instantiate, malformed metadata
 * ({@link RuleMetadata}), and an ID or name two rules share.
 *
 * <p>The list is that of one compilation, never merged with an earlier one: Maven compiles all of a
 * module's sources together whenever one changed, and a merged list would keep the names of rule
 * classes that were renamed or moved to another package.
 */
@SupportedAnnotationTypes("dev.evtlint.rule.RuleMeta")
public final class RuleRegistrationProcessor extends AbstractProcessor {
    static final String SERVICES = "META-INF/services/" + Rule.class.getName();

    /** The binary names of the rule classes, collected over all rounds, written in the last. */
    private final SortedSet<String> ruleClasses = new TreeSet<>();
    private final List<RuleMeta> metadata = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(RuleMeta.class)) {
            register(element);
        }
        if (round.processingOver() && !ruleClasses.isEmpty()) {
            RuleMetadata.duplicates(metadata).forEach(problem -> processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem));
            writeServices();
        }
        return true;
    }

    private void register(Element element) {
        if (!(element instanceof TypeElement type) || !isInstantiableRule(type)) {
            error(element, "@RuleMeta stands on a class ServiceLoader can instantiate as a Rule: public, not abstract,"
                    + " top-level or static, implementing " + Rule.class.getName() + ", with a public constructor without"
                    + " parameters");
            return;
        }
        RuleMeta meta = type.getAnnotation(RuleMeta.class);
        RuleMetadata.problems(meta).forEach(problem -> error(type, problem));
        metadata.add(meta);
        ruleClasses.add(processingEnv.getElementUtils().getBinaryName(type).toString());
    }

    private boolean isInstantiableRule(TypeElement type) {
        Set<Modifier> modifiers = type.getModifiers();
        boolean nestedStatically = type.getNestingKind() == NestingKind.TOP_LEVEL
                || (type.getNestingKind() == NestingKind.MEMBER && modifiers.contains(Modifier.STATIC));
        TypeElement ruleInterface = processingEnv.getElementUtils().getTypeElement(Rule.class.getName());
        return type.getKind() == ElementKind.CLASS && modifiers.contains(Modifier.PUBLIC)
                && !modifiers.contains(Modifier.ABSTRACT) && nestedStatically
                && processingEnv.getTypeUtils().isAssignable(type.asType(), ruleInterface.asType())
                && ElementFilter.constructorsIn(type.getEnclosedElements()).stream().anyMatch(this::isPublicWithoutParameters);
    }

    private boolean isPublicWithoutParameters(ExecutableElement constructor) {
        return constructor.getModifiers().contains(Modifier.PUBLIC) && constructor.getParameters().isEmpty();
    }

    private void writeServices() {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICES);
            try (Writer out = file.openWriter()) {
                for (String ruleClass : ruleClasses) {
                    out.write(ruleClass + "\n");
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + SERVICES + ": " + e.getMessage());
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
