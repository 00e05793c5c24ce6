package com.storeboard;

import com.storeboard.generator.DemoDataGenerator;
import com.storeboard.generator.GenerationException;
import com.storeboard.generator.GenerationReport;
import com.storeboard.generator.GeneratorOptions;
import com.storeboard.importing.ImportCommand;
import com.storeboard.snapshots.DiagnoseCommand;
import com.storeboard.snapshots.DiagnoseOptions;
import java.time.Clock;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line uses of the jar ({@code import}, {@code generate}, {@code diagnose}): they run without a
 * web server, print what happened, and exit with a code a script can test.
 */
final class Commands {

    private Commands() {
    }

    /** The exit code when {@code args} name a command; empty when the web application should start. */
    static Optional<Integer> run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        return switch (args[0]) {
            case "import" -> Optional.of(withContext(rest, context -> context.getBean(ImportCommand.class).run(own(rest), out, err), err));
            case "generate" -> Optional.of(generate(rest, out, err));
            case "diagnose" -> Optional.of(diagnose(rest, out, err));
            case "help", "--help", "-h" -> {
                out.println("java -jar storeboard.jar            启动看板 (start the web application)");
                out.println(ImportCommand.USAGE);
                out.println(DiagnoseOptions.USAGE);
                out.println("java -jar storeboard.jar generate ...   生成演示数据 (write demo data files)");
                out.println(GeneratorOptions.USAGE);
                yield Optional.of(0);
            }
            default -> Optional.empty();
        };
    }

    /** {@code generate}: needs no database and no Spring, only the generator. */
    private static int generate(List<String> args, PrintStream out, PrintStream err) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            GenerationReport report = new DemoDataGenerator(Clock.systemUTC()).writeFiles(options.parameters(), options.outDir());
            out.println(report.summary());
            return 0;
        } catch (GenerationException | java.io.UncheckedIOException e) {
            err.println("生成失败 (generation failed): " + e.getMessage());
            return 1;
        }
    }

    /** {@code diagnose}: with {@code --input}, on a throwaway in-memory database that only this process sees. */
    private static int diagnose(List<String> args, PrintStream out, PrintStream err) {
        DiagnoseOptions options;
        try {
            options = DiagnoseOptions.parse(own(args));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + DiagnoseOptions.USAGE);
            return 2;
        }
        List<String> settings = new ArrayList<>(args);
        if (!options.fromDb()) {
            settings.add("--spring.datasource.url=" + THROWAWAY_DATABASE);
        }
        return withContext(settings, context -> context.getBean(DiagnoseCommand.class).run(options, out, err), err);
    }

    private static final String THROWAWAY_DATABASE =
            "jdbc:h2:mem:storeboard-diagnose;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The command's own arguments: everything except Spring settings given as --name=value. */
    private static List<String> own(List<String> args) {
        return args.stream().filter(a -> !isSpringSetting(a)).toList();
    }

    private static boolean isSpringSetting(String arg) {
        return arg.startsWith("--") && arg.contains("=") && arg.indexOf('.') > 0 && arg.indexOf('.') < arg.indexOf('=');
    }

    private interface ContextCommand {
        int run(ConfigurableApplicationContext context);
    }

    /** Settings every command needs, unless the user gave them: no jobs, no redis-server, no demo data, no noise. */
    private static final java.util.Map<String, String> COMMAND_SETTINGS = java.util.Map.of(
            // Vaadin's auto-configuration needs a servlet context; a command has none.
            "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "spring.quartz.auto-startup", "false",
            "storeboard.redis.embedded", "never",
            "storeboard.demo.load-on-empty", "false",
            // the command reports for itself; no framework stack traces on the terminal
            "logging.level.root", "ERROR",
            "logging.level.org.springframework.boot.SpringApplication", "OFF");

    private static int withContext(List<String> args, ContextCommand command, PrintStream err) {
        List<String> springArgs = new ArrayList<>(args.stream().filter(Commands::isSpringSetting).toList());
        // as command-line arguments, so that they win over application.yml; the user's own come first
        COMMAND_SETTINGS.forEach((name, value) -> {
            if (springArgs.stream().noneMatch(a -> a.startsWith("--" + name + "="))) {
                springArgs.add("--" + name + "=" + value);
            }
        });
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new))) {
            return command.run(context);
        } catch (RuntimeException e) {
            err.println("命令失败 (command failed): " + rootMessage(e));
            if (anyMessageContains(e, "already in use") || anyMessageContains(e, "file is locked")) {
                err.println("数据库正被运行中的看板使用；请先停止它，或在网页的“数据导入”中导入。");
                err.println("(The database is in use by a running Storeboard: stop it first, or import through the web page.)");
            }
            return 1;
        }
    }

    private static boolean anyMessageContains(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
