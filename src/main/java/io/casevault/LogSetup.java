package io.casevault;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

import java.util.function.Supplier;

/**
 * Logback set up in code (found through the service loader), which starts much faster than parsing an XML file: logs
 * go to a rotating file in {@code casevault.logDir}, never to the terminal where the CLI writes its results. A
 * {@code logback-test.xml} on the class path (the tests) takes precedence.
 * <p>The file, its pattern and its rolling are set up on the first event that reaches them: most commands log
 * nothing, and the pattern's parser and converters (some 200 classes and lambdas, loaded and verified on every start
 * of {@code java -jar}) were a good part of a short command's time.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty("casevault.logDir", System.getProperty("java.io.tmpdir") + "/casevault-logs");
        install(context, dir);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends INFO and above to {@code dir/casevault.log}, made on the first event. */
    static void install(LoggerContext context, String dir) {
        FirstEventAppender file = new FirstEventAppender(() -> rollingFile(context, dir));
        file.setContext(context);
        file.setName("FILE");
        file.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        // PDFBox notes on every load of the bundled CJK font that it skips a cmap format it does not need
        context.getLogger("org.apache.fontbox.ttf.CmapSubtable").setLevel(Level.ERROR);
    }

    private static Appender<ILoggingEvent> rollingFile(LoggerContext context, String dir) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/casevault.log");
        file.setEncoder(encoder);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/casevault.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();
        return file;
    }

    /**
     * Makes its appender on the first event and hands it every event; events arrive one at a time
     * ({@link AppenderBase#doAppend} holds the lock), so it is made once.
     */
    static final class FirstEventAppender extends AppenderBase<ILoggingEvent> {
        private final Supplier<Appender<ILoggingEvent>> make;
        private Appender<ILoggingEvent> made;

        FirstEventAppender(Supplier<Appender<ILoggingEvent>> make) {
            this.make = make;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (made == null) {
                made = make.get();
            }
            made.doAppend(event);
        }

        @Override
        public synchronized void stop() {
            if (made != null) {
                made.stop();
            }
            super.stop();
        }
    }
}
