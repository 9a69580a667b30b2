package summitbot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import summitbot.answer.AnswerEvaluation;
import summitbot.nlp.SentenceEncoder;
import summitbot.nlp.EvaluationReport;
import summitbot.nlp.IntentFusion;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.LabeledQuestion;
import summitbot.nlp.Prediction;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.TrainingSet;

/** Accuracy of the classifier and out-of-scope gate on a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate intent classification on a labelled file (intent<TAB>question), or with --answers the replies.")
final class EvalCommand implements Runnable {
    private static final long MAX_EVAL_BYTES = 50L * 1024 * 1024;
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "labelled questions, e.g. models/heldout.tsv")
    Path file;

    @Option(names = "--sweep", description = "also print accuracy for a grid of confidence thresholds and margins "
            + "(with --answers: for a grid of ways the classifier and the semantic signal combine)")
    boolean sweep;

    @Option(names = "--answers", description = "FILE holds conversations (chat<TAB>question<TAB>expect[<TAB>YES|NO]); "
            + "measure the replies (unit chosen, declines, yes/no, length) instead of the classifier")
    boolean answers;

    @Option(names = "--show", paramLabel = "N", defaultValue = "15",
            description = "with --answers: how many confusions to list (default: ${DEFAULT-VALUE})")
    int show;

    @Option(names = "--wrong", description = "with --answers: print every wrong reply, and why it was given")
    boolean wrong;

    @Option(names = "--all", description = "with --answers: print every reply (RIGHT or WRONG), and why it was given")
    boolean all;

    @Override
    public void run() {
        store.existingFile(file, MAX_EVAL_BYTES);
        if (answers) {
            runAnswers();
            return;
        }
        List<LabeledQuestion> data = TrainingSet.read(file);
        IntentClassifier classifier = store.loadClassifier();
        List<Prediction> predictions = data.stream().map(q -> ScopeGate.DEFAULT.predict(classifier, q.text())).toList();
        store.out().print(report(data, predictions, ScopeGate.DEFAULT).format(10));
        if (sweep) {
            store.out().printf("%nsweep: threshold margin in-scope-acc oos-recall macro-F1 min-F1%n");
            for (double t = 0.0; t <= 0.801; t += 0.05) {
                for (double m : new double[] {0.0, 0.05, 0.1, 0.2}) {
                    EvaluationReport r = report(data, predictions, new ScopeGate(t, m));
                    double minF1 = r.perIntent().values().stream()
                            .mapToDouble(EvaluationReport.IntentScore::f1).min().orElse(0);
                    store.out().printf(Locale.ROOT, "sweep: %.2f %.2f %.4f %.4f %.4f %.4f%n", t, m,
                            r.inScopeAccuracy(), r.outOfScopeRecall(), r.macroF1(), minF1);
                }
            }
        }
    }

    private void runAnswers() {
        Quiet.unlessAskedOtherwise();
        List<AnswerEvaluation.Case> cases = AnswerEvaluation.read(file);
        // A scratch database seeded like a new one: declined questions are not logged for admins.
        try (ScratchFolder scratch = ScratchFolder.create("summit-eval");
             Core core = Core.start(scratch.path().resolve("eval.db"), store.models(), !store.noEncoder(), SentenceEncoder.DEFAULT_CACHE, store.progress())) {
            core.semantic().awaitReady();
            AnswerEvaluation.Report report = new AnswerEvaluation(core.router()).run(cases);
            store.out().print(report.format(show));
            if (sweep) {
                sweepFusion(core, cases);
            }
            if (wrong || all) {
                report.outcomes().stream().filter(o -> all || missed(o))
                        .forEach(o -> store.out().printf("%s %s\t%s\texpected %s %s\tgot %s %s\t%s\twhy: %s%n",
                                missed(o) ? "WRONG" : "RIGHT", o.c().chat(), o.c().question(), o.c().expect(),
                                o.c().polarity(), o.answer().kind(), o.answer().units(), o.answer().reply(),
                                o.answer().detail()));
            }
        }
    }

    // The wrong unit or kind, or the opposite (or no) yes/no where one was due.
    private static boolean missed(AnswerEvaluation.Outcome o) {
        return !o.correct() || Boolean.FALSE.equals(o.polarityCorrect());
    }

    // How the classifier and the semantic signal should combine, measured on replies.
    private void sweepFusion(Core core, List<AnswerEvaluation.Case> cases) {
        store.out().printf("%nsweep: sure weight floor answer-acc follow-up-acc decline-P decline-R%n");
        for (double sure : new double[] {0.0, 0.3, 0.5, 0.7, 0.9, 1.0}) {
            for (double weight : new double[] {0.1, 0.2, 0.3, 0.5}) {
                for (double floor : new double[] {0.0, 0.4, 0.5, 0.6}) {
                    AnswerEvaluation.Report r = new AnswerEvaluation(core.routerWith(
                            new IntentFusion(sure, weight, floor))).run(cases);
                    store.out().printf(Locale.ROOT, "sweep: %.2f %.1f %.1f %.4f %.4f %.4f %.4f%n", sure, weight, floor,
                            r.answerAccuracy(), r.followUpAccuracy(), r.declinePrecision(), r.declineRecall());
                }
            }
        }
    }

    static EvaluationReport report(List<LabeledQuestion> data, List<Prediction> predictions, ScopeGate gate) {
        List<EvaluationReport.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            outcomes.add(new EvaluationReport.Outcome(data.get(i).intent(), gate.decide(predictions.get(i))));
        }
        return EvaluationReport.of(outcomes);
    }
}
