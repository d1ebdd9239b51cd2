package dev.evtlint.cli;

import dev.evtlint.config.ConfigException;
import dev.evtlint.config.ConfigFile;
import dev.evtlint.config.ConfigReader;
import dev.evtlint.config.EvtlintConfig;
import dev.evtlint.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The configuration of a run: the file {@code --config} names, else the nearest {@code evtlint.toml}, else none. */
final class Configuration {

    private Configuration() {
    }

    static EvtlintConfig load(Path option, Path workingDirectory, CommandSpec spec) throws ConfigException {
        Optional<Path> file;
        if (option != null) {
            Path given = workingDirectory.resolve(option).normalize();
            if (!Files.isRegularFile(given)) {
                throw new ParameterException(spec.commandLine(), "--config: no such file: " + option);
            }
            file = Optional.of(given);
        } else {
            file = ConfigFile.find(workingDirectory);
        }
        if (file.isEmpty()) {
            return EvtlintConfig.NONE;
        }
        String shown = workingDirectory.toAbsolutePath().normalize().relativize(file.get().toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        return new ConfigReader(RuleRegistry.load()).read(file.get(), shown);
    }
}
