package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a question's shape is read: its answer type, yes/no and broadness (plain strings). */
class QuestionShapeTest {
    private static QuestionShape shape(String text) {
        return QuestionShape.of(AliasText.normalise(text), text);
    }

    @Test
    void aWhQuestionInsideAYesNoFrameAsksTheWhQuestion() {
        assertThat(shape("does the report mention where the wheat went?").yesNo()).isFalse();
        assertThat(shape("can you tell me when they meet?").yesNo()).isFalse();
        assertThat(shape("does the report mention the wheat?").yesNo()).isTrue();
    }

    @Test
    void aRequestPutAsAQuestionIsNoYesNoQuestion() {
        assertThat(shape("could you tell me more about the wheat, please?").yesNo()).isFalse();
        assertThat(shape("can u explain the china thing").yesNo()).isFalse();
        assertThat(shape("can you confirm it's in vladivostok?").yesNo()).isTrue();
    }

    @Test
    void aClaimOpenedWithSoIsCheckedWithoutAQuestionMark() {
        assertThat(shape("oh so they meet in vladivostok").yesNo()).isTrue();
        assertThat(shape("so many summits lately").yesNo()).isFalse();
        assertThat(shape("so what does he want").yesNo()).isFalse();
        assertThat(shape("they meet in vladivostok").yesNo()).isFalse();
    }

    @Test
    void aWhenInsideAClaimOpensAClauseAndAsksNothing() {
        assertThat(shape("ties ended when the soviet union fell in 1989?").yesNo()).isTrue();
        assertThat(shape("and where did putin meet kim's dad?").yesNo()).isFalse();
        assertThat(shape("they meet where?").yesNo()).isFalse();
    }

    @Test
    void aVagueGuessAfterTheQuestionIsNoValueToCheck() {
        assertThat(shape("where exactly do they meet, some hotel?").yesNo()).isFalse();
        assertThat(shape("where exactly do they meet, moscow?").yesNo()).isTrue();
    }

    @Test
    void someoneSetAsideAfterTheQuestionIsNoGuessToCheck() {
        assertThat(shape("who else met kim jong il in vladivostok, besides putin?").yesNo()).isFalse();
        assertThat(shape("who met kim jong il in vladivostok, other than putin?").yesNo()).isFalse();
        assertThat(shape("who met kim jong il in vladivostok, medvedev?").yesNo()).isTrue();
    }

    @Test
    void howBadTheSituationIsAsksADegreeNotAnOverview() {
        assertThat(shape("how bad is the food situation there?").broad()).isFalse();
        assertThat(shape("what's the food situation there?").broad()).isTrue();
    }

    @Test
    void aFigureAfterAndIsOfferedToBeChecked() {
        assertThat(shape("and xi five times?").yesNo()).isTrue();
        assertThat(shape("and his dad?").yesNo()).isFalse();
        assertThat(shape("and the other one?").yesNo()).isFalse();
    }

    @Test
    void aboutWrittenShortStillAsksWhatSomethingIsAbout() {
        assertThat(shape("what's this article abt").broad()).isTrue();
        assertThat(shape("any news abt the workers").broad()).isTrue();
        assertThat(shape("how much wheat did they send abt").broad()).isFalse();
    }

    @Test
    void aClauseAfterTheQuestionWordOnlySetsTheTime() {
        assertThat(shape("what did kim promise when he opened up?").type()).isEqualTo(AnswerType.DESCRIPTION);
        assertThat(shape("when did kim open up?").type()).isEqualTo(AnswerType.DATE);
        assertThat(shape("why did kim go when he had other options?").type()).isEqualTo(AnswerType.REASON);
    }

    @Test
    void everythingSomeoneIsAfterIsABroadQuestion() {
        assertThat(shape("what is kim after?").broad()).isTrue();
        assertThat(shape("what does kim want going into this").broad()).isTrue();
        assertThat(shape("what's kim hoping to get out of this summit").broad()).isTrue();
        assertThat(shape("what does kim want from seoul and the south?").broad()).isFalse();
        assertThat(shape("what is kim trying to get from putin at the summit overall?").broad()).isTrue();
    }

    @Test
    void aRemarkBeforeTheQuestionLeavesTheQuestionItsShape() {
        QuestionShape s = shape("so kim is off to see putin. what's he after from him?");
        assertThat(s.yesNo()).isFalse();
        assertThat(s.broad()).isTrue();
        assertThat(shape("kim is off to see putin. is it in moscow?").yesNo()).isTrue();
    }

    @Test
    void aTopicNamedAsAWholeThingIsBroadAndNotAYesNo() {
        QuestionShape s = shape("and the sanctions thing?");
        assertThat(s.broad()).isTrue();
        assertThat(s.yesNo()).isFalse();
    }

    @Test
    void whyNowAsksTheWholeStoryOfTheTiming() {
        assertThat(shape("why is this happening now?").broad()).isTrue();
        assertThat(shape("why did kim pick vladivostok?").broad()).isFalse();
    }

    @Test
    void aThingNamedAfterAndWithoutAVerbIsNoYesNoQuestion() {
        assertThat(shape("and his dad?").yesNo()).isFalse();
        assertThat(shape("and the second one?").yesNo()).isFalse();
        assertThat(shape("and it was in vladivostok?").yesNo()).isTrue();
        assertThat(shape("so they meet on thursday?").yesNo()).isTrue();
    }

    @Test
    void aQuestionOpeningWithAnAuxiliaryAfterFillerIsKnown() {
        assertThat(QuestionShape.opensWithAuxiliary("ok so is trump the us president")).isTrue();
        assertThat(QuestionShape.opensWithAuxiliary("kim s old man")).isFalse();
    }

    @Test
    void chatFillerBeforeAQuestionKeepsItAYesNoQuestion() {
        assertThat(shape("ok nvm. is this kim and putin's first meeting").yesNo()).isTrue();
        assertThat(shape("isnt it kinda late for that").yesNo()).isTrue();
    }

    @Test
    void breakDownIsARequestOnlyWhenItTakesAThing() {
        assertThat(shape("break down the china thing for me").broad()).isTrue();
        assertThat(shape("did ties with moscow break down in 1991").broad()).isFalse();
    }

    @Test
    void whatsWithoutItsApostropheCuesLikeWhats() {
        assertThat(shape("whats blocking that").type()).isEqualTo(AnswerType.REASON);
    }

    @Test
    void chattyRequestsForTheWholeTopicAreBroad() {
        assertThat(shape("whats goin on w sanctions").broad()).isTrue();
        assertThat(shape("give me the south korea angle").broad()).isTrue();
        assertThat(shape("im confused what does china have to do with any of this lol").broad()).isTrue();
    }

    @Test
    void aYesNoClauseOrAGuessAfterACommaMakesAYesNoQuestion() {
        assertThat(shape("and putin's picture, was that in moscow").yesNo()).isTrue();
        assertThat(shape("how much wheat was it, like 20k tons?").yesNo()).isTrue();
        assertThat(shape("what's kim really after, nukes or money?").yesNo()).isFalse();
        assertThat(shape("medvedev meeting with kim jong il, what year").yesNo()).isFalse();
    }

    @Test
    void whereSomethingComesFromAsksItsSourceNotAPlace() {
        assertThat(shape("where does that 1 billion dollar number come from").type()).isEqualTo(AnswerType.PERSON);
        assertThat(shape("where did the wheat go").type()).isEqualTo(AnswerType.PLACE);
        assertThat(shape("where do the workers come from").type()).isNotEqualTo(AnswerType.PERSON);
    }

    @Test
    void aGuessOfWhatTheQuestionBeforeAsksMakesTheMessageYesNo() {
        assertThat(shape("how many workers were there at most? was it 80,000?").yesNo()).isTrue();
        assertThat(shape("where do they meet? is it a hotel or a palace?").yesNo()).isFalse();
        assertThat(shape("how bad could the shortage get? will there be a famine?").yesNo()).isFalse();
    }

    @Test
    void aCommaInsideAFigureEndsNoClause() {
        assertThat(shape("where does that 50,000 figure come from?").yesNo()).isFalse();
        assertThat(shape("how many workers are there, 50,000?").yesNo()).isTrue();
    }

    @Test
    void whatsHeHopingToGetAsksEverythingHeIsAfter() {
        assertThat(shape("whats kim hoping to get out of it").broad()).isTrue();
    }

    @Test
    void whoIsAskedToHaveSaidSomethingIsTheSubjectOfTheSaying() {
        assertThat(QuestionShape.speakerAsked("did trump say anything about the summit")).isEqualTo("trump");
        assertThat(QuestionShape.speakerAsked("what has moon jae in said about it")).isEqualTo("moon jae in");
        assertThat(QuestionShape.speakerAsked("what did the documents say kim wants")).isEqualTo("the documents");
        assertThat(QuestionShape.speakerAsked("can you tell me where they meet")).isNull();
    }

    @Test
    void aShortAndQuestionWithAContractedVerbAsksYesOrNo() {
        assertThat(shape("and it's on thursday?").yesNo()).isTrue();
        assertThat(shape("and his dad?").yesNo()).isFalse();
    }

    @Test
    void aTagQuestionAtTheEndAsksYesOrNo() {
        assertThat(shape("kim n trump have met 3 times now havent they").yesNo()).isTrue();
    }

    @Test
    void chatterAfterTheTagStillLeavesAYesOrNoQuestion() {
        assertThat(shape("trump is the chinese president in this story right? lol").yesNo()).isTrue();
    }

    @Test
    void aBeliefOfferedToBeCheckedAsksYesOrNo() {
        assertThat(shape("i thought ties broke down in 1989 when the wall fell?").yesNo()).isTrue();
        assertThat(shape("i heard about the wheat, how much was it?").yesNo()).isFalse();
    }

    @Test
    void whatAGoalWouldTakeAsksForItsConditions() {
        assertThat(shape("what would it take for kim's trade goal to happen").type()).isEqualTo(AnswerType.REASON);
        assertThat(shape("what would boosting trade require?").type()).isEqualTo(AnswerType.REASON);
    }

    @Test
    void whereEffortsAreOrWhereThatLeavesThingsAsksHowThingsStandNotAPlace() {
        assertThat(shape("and where are kim's efforts to get out from under them").type())
                .isEqualTo(AnswerType.DESCRIPTION);
        assertThat(shape("so where does that leave things now").type()).isEqualTo(AnswerType.DESCRIPTION);
        assertThat(shape("where are the workers").type()).isEqualTo(AnswerType.PLACE);
    }

    @Test
    void whatTheArticleIsAboutInGeneralIsBroadButWhatOneFigureIsAboutIsNot() {
        assertThat(shape("ok so whats the article about in general").broad()).isTrue();
        assertThat(shape("whats the tenfold thing about").broad()).isFalse();
        assertThat(shape("what two things is kim worried about").broad()).isFalse();
    }

    @Test
    void whatHeHopesToGetOuttaThisAsksEverythingHeIsAfter() {
        assertThat(shape("whats kim hoping to get outta this").broad()).isTrue();
    }
}
