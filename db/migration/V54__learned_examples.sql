-- Learned example questions, written by `summit-bot data harvest` from:
--   models/answers-dev.tsv
--   models/answers-dev10.tsv
--   models/answers-dev11.tsv
--   models/answers-dev12.tsv
--   models/answers-dev13.tsv
--   models/answers-dev14.tsv
--   models/answers-dev15.tsv
--   models/answers-dev16.tsv
--   models/answers-dev2.tsv
--   models/answers-dev3.tsv
--   models/answers-dev4.tsv
--   models/answers-dev5.tsv
--   models/answers-dev6.tsv
--   models/answers-dev7.tsv
--   models/answers-dev8.tsv
--   models/answers-dev9.tsv
--   models/dialogue-dev.tsv
--   models/train-a.tsv
--   models/train-b.tsv
--   models/train-c.tsv
--   models/train-e.tsv
--   models/train-f.tsv
--   models/train-g.tsv
--   models/train-h.tsv
--   models/answers-dev17.tsv
--   models/answers-dev18.tsv
--   models/answers-dev19.tsv
--   models/answers-dev20.tsv
--   models/answers-dev21.tsv
--   models/answers-dev22.tsv
--   models/answers-dev23.tsv
--   models/answers-dev24.tsv
--   models/answers-dev25.tsv
--   models/train-i.tsv
--   models/train-j.tsv
--   models/train-k.tsv
-- 1900 examples (396 of them confirmations) for 107 units. Regenerate rather than edit.
UPDATE answer_unit SET learned_examples = '';
UPDATE answer_unit SET learned_examples = 'does china have businesspeople in north korea?
how present is china on the ground in north korea
Does China have a lot of businessmen in NK?
does china have a lot of business ppl in nk
what does china have on the ground in north korea?
does china have people on the ground in nk
do chinese businessmen operate in nk
how present are chinese businesspeople inside north korea
how present are chinese businesspeople in nk
does china have lots of businessmen in nk
does china have a lot of business people in NK
are there lots of chinese business people in north korea?
do chinese business people actually work inside north korea?
does china have a lot of people on the ground in the north?
are there lots of chinese business people in nk?
does china have business people on the ground in nk?
are there a lot of chinese business people in nk?
are there a lot of chinese businessmen in north korea?
does china have businesspeople in nk' WHERE key = 'china.businessmen';
UPDATE answer_unit SET learned_examples = 'how much does north korea trade with china every year
how much trade does nk actually do with china
what percent of north korea''s trade is with china
how much trade does nk do with china in dollars
is china''s trade with nk in the billions
how much does nk trade with china
how much business does north korea actually do with china? like real dollar amounts, i''m writing a school report
how much does nk export to china a year
how much does north korea trade with china
does the article give any numbers on china-nk trade
how much trade r we talking
whats china''s trade volume w nk' WHERE key = 'china.gap_figures';
UPDATE answer_unit SET learned_examples = 'what''s china''s view on kim meeting putin?
wat does china think about the summit
what does beijing think of the kim putin summit?
what does beijing make of kim heading to russia
what does beijing think of kim meeting putin?
what does beijing think of kim going to putin
is xi annoyed about this meeting
what does china think of kim going to putin
what does beijing think of this summit
what does beijing think about kim going to russia
what does china think of the summit
will china be annoyed by this
what does beijing make of kim cozying up to putin? i''d imagine xi isn''t exactly thrilled
what does china think about kim meeting putin
what does beijing think about kim going to putin
is china worried about this summit
what does china think of this summit
how does china feel about kim cozying up to putin
does china want this summit to happen
what does china think about this summit
how does china feel about this summit
curious what beijing makes of kim heading off to see putin
what does china think of all this' WHERE key = 'china.gap_view';
UPDATE answer_unit SET learned_examples = 'does north korea depend on china for trade
who''s north korea''s biggest trading partner
does nk rely on china
whats nks main trading partner
whats north koreas main trading partner
how big is china''s role in nk''s trade?
what''s china''s role for north korea
who is north korea''s biggest trading partner
is china still north korea''s main trade partner
is china nk''s main trading partner
does north korea rely mostly on china for trade?
does nk trade a lot w china
who does NK trade with the most
who does kim trade with most
does nk depend on china a lot?
does north korea rely on china for trade?
is china north korea''s main trade partner
is china a big deal for north korea''s trade?
china is nk''s biggest trade partner right' WHERE key = 'china.role';
UPDATE answer_unit SET learned_examples = 'what''s china''s role in all this?
summarize the china angle
whats the deal with china here
nk and china?
why is china relevant here
break down the china angle for me
whats the deal with china and nk
im confused what does china have to do with any of this lol
give me the china part in short
whats the deal between north korea and china
whats nk''s relationship w china like
china angle?
what does china have to do with all this
what''s the deal between china and north korea
can u explain the china stuff
whats the deal with china in all of this
whats the deal with china
tell me about north korea and china
whats the china angle in all this
whats china got to do with any of this' WHERE key = 'china.summary';
UPDATE answer_unit SET learned_examples = 'what worries pyongyang about beijing
Why are officials in Pyongyang nervous?
why would kim want to diversify away from china
why does pyongyang worry about china
how does pyongyang feel about china
is kim worried bout beijing getting too much influence over NK?
why are officials in pyongyang uneasy about beijing
hey sorry if this is a dumb question, i don''t follow politics much - why would north korean officials be nervous about depending on china? aren''t they allies? thanks in advance
why''s kim going to russia instead of china
Could you explain why North Korea would want to reduce its dependence on China?
why are pyongyang officials nervous
whats nk problem with relying on china
why would north korea want to lean less on china? i always thought they were basically best friends
who in pyongyang is nervous about china
why would pyongyang be nervous about beijing
why is kim turning to russia instead of leaning on china
why doesn''t nk just keep relying on china
why are ppl in pyongyang nervous about china
are officials in pyongyang uneasy about leaning on china so much?
are lots of officials in pyongyang nervous about relying on china?
why is pyongyang uneasy about china
why is kim courting putin instead of just sticking with china
why doesn''t nk just lean on china for everything' WHERE key = 'china.worry';
UPDATE answer_unit SET learned_examples = 'what day r they meeting
the summit is on thursday right?
whens the summit happening
when is the sumit
wat day r kim n putin meetin
is it happening on thursday
what day of the week are they sitting down together
the meeting''s on thursday right?
Is the summit taking place on a Thursday?
when is the summmit
wen is kim meeting putin
meeting''s on thursday right
so i was reading about this on my commute and honestly i lost track, what day is the kim putin thing actually happening? my cousin says next month lol
when''s the kim putin summit
is the kim-putin thing happening thursday?
meeting is thursday right?
What day is the meeting on?
the meeting''s on thursday yeah?
on what day do kim and putin actually meet' WHERE key = 'date.day';
UPDATE answer_unit SET learned_examples = 'how long is the meeting supposed to last
how long will the talks last
how many hours are they going to talk for
is it a two day thing or just one afternoon
how long is the meeting gonna be
does it say how long the trip will be
how long is the summit going to last
how long does the meeting last
how long will kim and putin talk for
how long will they meet for
how long is the meeting gonna last' WHERE key = 'date.gap_length';
UPDATE answer_unit SET learned_examples = 'what time exactly, and what''s the date?
what exact date is the summit
what calendar date is the summit on exactly?
is the date april 25?
what time does it kick off
what time do they meet on thursday
whats the date of the meeting, like the actual date
what''s the date of the meeting, april 25?
whats the actual date of the summit, like the number' WHERE key = 'date.gap_time';
UPDATE answer_unit SET learned_examples = 'what''s kim''s top priority really
what is kim''s main concern, nukes or money?
what does kim really care about most
does kim mostly care about fixing the economy?
what''s kim''s top priority anyway
what does kim care about more, nukes or money
What is Kim''s main priority, nukes or the economy?
ok long story short I''m writing a paper for school about north korea''s economy and I need to know what kim''s main concern actually is according to this AP piece, is it nukes or something else?
what does kim care about most, honestly
what''s kim really after, nukes or money
washington keeps talking about denuclearization but what does kim care about most
whats kim''s main concern really, is it the nukes?
why is kim more focused on economy than nukes
what kim really care about?
what''s kim''s main priority, nukes or economy?
everyone in the US goes on about nukes nukes nukes, but what does kim actually care about most according to this piece?
whats kim''s biggest priority
what matters more to kim, nukes or the economy?
wats kims #1 priority, nukes or the economy?
fine. is kim mostly focused on the economy?
what does kim care about most, nukes or economy?
whats kims main concern really
what does kim actually care about more, nukes or the economy?
whats kim''s biggest concern
is the economy kims top priority?
according to the piece, what''s kim most focused on - nukes or the economy?
what does kim actually care about most, the nukes or the economy
whats the main thing kim wants to fix at home' WHERE key = 'economy.primary_concern';
UPDATE answer_unit SET learned_examples = 'how bad is the food shortage expected to get?
how bad is the food situation in north korea
How much wheat does north korea need to avoid a shortage?
how bad is the food situation going to get in NK this year
how big is the shortage expected to be?
how bad is the famine going to be
how bad will the food shortage get? how many people could go hungry?
how bad is the food shortage going to get
how many people could go hungry this summer
how bad will the food shortage be
is the food shortage gonna be really bad
how bad is the shortage gonna be
how bad will the famine be
how many tons of grain does NK need
how bad is the food shortage gonna be
how many ppl in NK could go hungry this summer
how bad is the shortage supposed to get
how bad is the food shortage in north korea
how many people would go hungry
how bad could the food shortage get
how many people might go hungry
how many people could starve, how serious is the famine gonna be
how bad could the food shortage in north korea get
how bad r we talking' WHERE key = 'food_aid.gap_size';
UPDATE answer_unit SET learned_examples = 'whats the port called
To the port of Chongjin?
where''s chongjin
unrelated but where did the russian wheat go?
where did the russian wheat end up?
the port where the grain went, whats it called
wher did the wheet go
did the wheat go to chongjin
where did the wheat land
the wheat went to chongjin right
hey whats the chongjin thing about
where is chongjin
no i meant where to
the wheat went to chongjin?
ok so the wheat went to chongjin?
whats chongjin
did the wheat ship to chongjin
which port did the russian wheat go to' WHERE key = 'food_aid.port';
UPDATE answer_unit SET learned_examples = 'waht did russia send to north korea
lol ok so how much wheat did the russians actually send
lol ok. back to the article - how many tons of wheat?
wheat shipments to NK - how many tonnes did russia send?
how much food did russia send
did russia ship more than 2000 tons of wheat
Checking a figure: Russia said it shipped more than 2,000 tons of wheat?
russia has sent food aid hasn''t it?
was 2,000-plus tons of wheat shipped to chongjin last month?
hw many tons of wheat
how much wheat did russia send to north korea
how much grain did moscow ship over
did russia send any food to north korea?
did russia ship 2,000 tons of wheat?
I read somewhere that Russia shipped grain to NK last month — what kind and how much was it?
russia sent food to north korea, right?
how much grain did moscow send them
been following the korea stuff since the trump summits, wild how fast it fell apart. what did russia ship over to them last month and was it a lot? just curious tbh
did russia send nk any food
how much wheat did russia send nk
hw many tons of wheat did russia send
how much did russia send
what did russia ship to north korea last month?
was the wheat shipment over 2000 tons
did russia actually send food over to north korea recently? feels like nobody ever talks about that side of things
how much are we talking
is it true russia already sent food over
did russia send north korea any food
has russia helped nk lately at all?
how much wheat did the russians send 🌾
how much wheat did russia ship to NK
is the wheat shipment more than 2000 tons
what did russia send them for food
has russia sent nk any aid lately?
did russia send like 2000 tons?
how many tons of wheat went to chongjin
how much wheat did moscow ship
has russia done anything to help?
how much wheat are we talking
did russia send over 2000 tons of wheat?
did russia help out at all
how many tons of wheat did they send' WHERE key = 'food_aid.shipment';
UPDATE answer_unit SET learned_examples = 'is north korea worried about a food shortage?
when might north korea run short of food
Hello. Please, what is the food problem in North Korea?
food shortage in nk?
could nk run short of food this summer
could north korea run short on food?
what''s the food outlook in north korea this summer
when could north korea run short on food
is the food shortage a risk for this summer
is there a food problem in nk right now
could there be a food shortage in nk this summer?
does nk have enough food rn
is nk having food problems
whats this food shortage thing abt
is kim worried abt food running out
is NK possibly looking at a food shortage this summer?
what''s this about north korea possibly running short of food? that''s pretty scary
is there a chance of a food shortage in the north this summer?
when could the food shortage hit
is kim expecting a food shortage
is north korea worried about food running out this summer?
could north korea face a food shortage
could there be a food shortage in the north this summer' WHERE key = 'food_aid.shortage';
UPDATE answer_unit SET learned_examples = 'tell me about the food issue
I trade ags. saw russia is shipping wheat to NK - how much and where to?
whats the food situation in north korea
tell me about the food aid stuff
tell me about russia''s food aid to the north
explain the food aid thing
anything on the food situation?
What Russia do about the food?
tell me about the food situation in north korea
what''s the food situation up north?
whats the deal with the food aid
i''m curious about the food situation there. can you summarise?
whats the food situation in nk
what''s russia doing about food in NK
whats the food situation in NK and is russia helping out
whats the food situation like up there
whats the food situation in all this
anything about food in there' WHERE key = 'food_aid.summary';
UPDATE answer_unit SET learned_examples = 'when did russia announce the wheat?
was it announced just last month?
When was the shipment announced?
when did moscow announce the wheat shipment?
when did russia announce the wheat delivery
when did moscow let everyone know about the grain it sent?
when did moscow ship the wheat' WHERE key = 'food_aid.when';
UPDATE answer_unit SET learned_examples = 'has russia generally been open to giving humanitarian aid?
has russia been open to helping?
what kind of help has russia been open to giving
has russia shown it''s willing to give humanitarian aid
is russia usually up for giving aid?
is russia helping at all
whats russias attitude on helping
What has Russia''s attitude been to humanitarian aid for the North?
does russia give nk humanitarian aid
has russia been willing to help w aid
is moscow willing to give humanitarian aid to the north?
has russia been willing to help?
is russia willing to help nk with aid?
is russia helping with food?
has russia helped NK with food at all?
is moscow open to giving humanitarian aid?
has russia been willing to give the north humanitarian aid?' WHERE key = 'food_aid.willingness';
UPDATE answer_unit SET learned_examples = 'what''s happened since hanoi with the negotiating positions
will sanctions get lifted soon
how are things after hanoi?
why would a deal be even harder to get now
did hanoi make future deals harder? how so
did the hanoi summit make future talks harder?
are both sides digging in now?
why are the talks with the us stuck
ugh why is everything even harder after hanoi
why are the nuclear talks with the us stuck
hows the hanoi flop affecting the sanctions talks now' WHERE key = 'hanoi_summit.aftermath';
UPDATE answer_unit SET learned_examples = 'did the hanoi summit show kim''s limits?
what did hanoi show about kim
the hanoi thing showed what exactly' WHERE key = 'hanoi_summit.limitations';
UPDATE answer_unit SET learned_examples = 'what went wrong w trump
what went wrong last time
explain why hanoi was a flop
what came out of the hanoi talks?
did hanoi produce anything concrete? what was the result
hanoi ended with no deal, correct?
what did the hanoi summit achieve lol
what went wrong with the us side
hw did the hanoi sumit go
What exactly did the Hanoi summit fail to achieve?
what did the hanoi summit achieve
what came out of the hanoi summit
did the hanoi summit fail?
how did kim do in hanoi
ok the hanoi summit with trump, what came out of it
what went wrong last time w trump
frustrated about what, whatd go wrong' WHERE key = 'hanoi_summit.outcome';
UPDATE answer_unit SET learned_examples = 'what happened at the kim trump summit in vietnam
how did the trump summit go
give me the overview on the hanoi summit
recap the hanoi meeting for me real quick
whats the status of the denuclearization talks
what happend in hanoi
what happened with trump in hanoi?
which of kim''s summits was a failure
what happened at hanoi
recap hanoi for me
what went so wrong in hanoi that everyone keeps bringing it up?
give me the rundown on hanoi
what happend in hanoi w trump
what happened with the us talks
what happened at the trump kim summit in hanoi' WHERE key = 'hanoi_summit.summary';
UPDATE answer_unit SET learned_examples = 'was the hanoi summit in february 2019?
when was kim''s summit in hanoi?
which summit with trump was hanoi, like the 1st or 2nd
whens the hanoi summit was
when was the second kim trump summit
fine. did the hanoi summit happen in february
whens the hanoi summit
when did the hanoi thing fall apart
my uncle swears the second trump-kim meeting was in singapore and i''m pretty sure he''s mixing it up. where and when was their second one?
when did the hanoi summit happen
when did kim''s trump summit flop
when was the hanoi meeting with trump' WHERE key = 'hanoi_summit.when';
UPDATE answer_unit SET learned_examples = 'how close have russia and north korea been historically
how does the article describe russia-nk relations
how close have north korea and russia been historically' WHERE key = 'history.closeness';
UPDATE answer_unit SET learned_examples = 'When did the ties actually unravel?
what year did the soviet union collapse
when did things fall apart
did the soviet collapse matter for pyongyang?
When did things break down?
when did things go south?
did the soviet collapse kill the relationship?
when did the moscow-pyongyang ties fall apart
when did things between moscow and pyongyang fall apart
i always assumed russia and NK were super tight since the soviet days but apparently not? when did the ties actually break, like what year? asking bc my history teacher said something else
wat year did the sovet union colapse
did the ties collapse after 1991
what happened to russia nk ties in 1991
did ties with moscow break down in 1991
when did moscow stop supporting NK
when did the ties break down
when did the soviet union collapse, according to the story?
what broke the soviet nk alliance
what happened after the soviet union fell
when did the soviet union collapse according to this
how are russia-nk ties after 1991
what happened to russia-nk ties after 1991
when did the ties with moscow fall apart
did russia pull back from nk after the ussr collapsed?
what happened to break things up
what happened to the ties after the ussr collapsed' WHERE key = 'history.collapse';
UPDATE answer_unit SET learned_examples = 'why did russia end support for former soviet allies
did russia end support for soviet allies in 1991?
what did russia do after the ussr fell
why did the nk moscow relationship fall apart
did russia cut off soviet allies because of its own money problems?
what happened to russia''s support later?
why did russia drop its old soviet allies?
why did russia stop propping up its old soviet-era allies
why did russia drop north korea in the 90s
why did ties with moscow fall apart
why did ties between moscow and pyongyang fall apart?
did russia stop supporting nk at some point
what did russia do after' WHERE key = 'history.end_support';
UPDATE answer_unit SET learned_examples = 'how far back do the ties between moscow and pyongyang go
Teaching a unit on Cold War legacies tomorrow. How far back do Russia-North Korea ties go?
how far back does the nk russia relationship go
does the relationship go back to the founding of north korea?
how far back do russia and north korea''s ties go?
how far back does the pyongyang-moscow relationship go
how far back do russia-nk relations go
how far back does the relationship go tho
how far back do moscow-pyongyang ties go
how far back do russia-NK ties go
how far back do russia and north korea actually go as friends?
how long has the relationship gone back
does the russia nk relationship go way back?
how far back does the russia nk thing go' WHERE key = 'history.foundation';
UPDATE answer_unit SET learned_examples = 'who did moscow help bring to power in north korea?
my teacher said moscow basically installed kim''s grandfather, is that true?
what role did moscow play in NK''s beginnings
who helped kim''s grandad get into power
Hey, I teach 10th grade history and we''re doing a unit on the Cold War. Does this piece say anything about the Soviet role in putting North Korea''s first leader in charge?
I''m preparing a lesson for my year 10 history class on the Korean peninsula. How did Moscow help get the Kim family into power in the first place?
Does the article say Moscow played a role in bringing Kim Il Sung to power?
how did moscow get involved at the start?
who helped kim il sung come to power
who helped kim il sung take power
kim''s grandpa, how''d he get into power?
what role did the soviets play in kim il sung''s rise
who did moscow help put in charge
who helped put kim il sung in power
kims grandpa was put in power by moscow??
was kim il sung put in power with moscow''s help
who did moscow help bring to power
did kim''s grandfather get help from moscow?
what did moscow have to do w nk getting started
i find it kinda wild that the russians helped put kim''s grandpa in charge back in the day — is that really what it says?
who helped kim il sung get into power
did moscow put kim il sung in power?
did moscow help put kim jong un''s grandfather in power?
did the soviets help put kim il sung in power?
did the soviets help put kim''s grandpa in power?
what was moscow''s role in the north''s founding
how did moscow help kim''s family get into power
how did the north''s founder get into power
did moscow help put grandpa in power' WHERE key = 'history.founding';
UPDATE answer_unit SET learned_examples = 'did the soviets help rebuild after the korean war?
did russia help rebuild north korea after the korean war?
The Korean War ended in 1953, correct?
great, and after the war?
My late husband served in Korea in the fifties so I still follow all this. I read somewhere that the Russians helped rebuild the north after the war, is that right?
korean war was 1950-53 right?
so the korean war ran from 1950 to 1953?
did russia help rebuild nk after the korean war
did moscow help rebuild after the korean war?
did moscow help rebuild north korea after the war?
what did the soviets do after the korean war
what did moscow do for the north after the korean war
when was the korean war according to this
did moscow help rebuild nk after the korean war
which years was the war
What role did Moscow play after the Korean War?
did the korean war end in 1953
who help to rebuild NK after korean war?
what did russia do for NK after the korean war
the war ran 1950 to 53?
explain it to me like i''m 5: what did the soviets do for north korea after the korean war?
did the soviets help rebuild the north after the war in the 50s?
the korean war was 1950 to 53 right?
the korean war ended in 53 right
was the korean war 1950-53?
how long ago did the korean war end
did russia help rebuild north korea after the war?
it was russia that helped rebuild nk after the korean war right?' WHERE key = 'history.rebuild';
UPDATE answer_unit SET learned_examples = 'what''s the history between russia and north korea?
tell me the history of russia and north korea
moscow pyongyang backstory?
Good afternoon. I spent some years posted in Moscow in the late eighties, so I''m curious: does the piece go into how relations between Moscow and Pyongyang developed over the decades?
can you give me a short overview of the history for my slides
what''s the link between pyongyang and moscow historically? quick version
russia nk relations history
tell me about the history between north korea and russia
give me the history of russia north korea relations
give me the backstory of north korea and russia
I would be most grateful if you could summarise the historical relationship between Moscow and Pyongyang as the piece describes it.
give me the history between the two countries
whats the history btwn russia n north korea
history of nk russia relations?
give me the history between moscow and pyongyang
Tell me about the history between Russia and North Korea, I know basically nothing
give me the background on moscow-pyongyang ties
how many years between the korean war and the soviet collapse
tell me about the history between the two countries
how did russia help north korea historically
north korea russia history
give me the background on russia-north korea relations
can u summarize the history between moscow and pyongyang
whats the link between russia & nk historically
give me the backstory between russia and north korea
russia''s history with pyongyang in a nutshell pls' WHERE key = 'history.summary';
UPDATE answer_unit SET learned_examples = 'does his courting of putin go deeper than the workers and food?
Is Kim''s furtive pivot north about more than just food and workers?
is this really only about the workers and the wheat or is there more to it' WHERE key = 'kim_goals.deeper';
UPDATE answer_unit SET learned_examples = 'will kim ever give up his nukes
is kim actually willing to denuclearize
will kim give up his nukes or nah
Kim is want to give up nuclear bomb?
will kim denuclearize after this
will kim give up his nukes after this?
is kim going to give up nukes
is kim willing to denuclearize
so is kim finally gonna give up his nukes or what
honestly do you think kim will ever give up his nukes
is kim going to put his nukes on the table with putin?
will kim ever give up his nukes tho 🤔' WHERE key = 'kim_goals.gap_nuclear';
UPDATE answer_unit SET learned_examples = 'what does the ap call kim''s move toward russia
how does the article describe kim turning to russia?
what''s the "furtive pivot north"?
how does the article describe kim''s move toward russia?
wat does pivot north mean in the article
is kim trying to get closer to russia
is the article calling this a sneaky turn toward moscow?
how does the article describe kim''s turn toward russia?
what does the article mean by kim''s pivot north?
how does the article describe his move toward russia? some kind of pivot?
what the heck does "furtive pivot north" mean here
what''s this "furtive pivot north" about
how does the article describe kim''s trip to russia
how does the article describe kim''s move towards russia
which direction is kim''s so called pivot
how does the article describe kim''s move toward russia? there was some catchy phrase for it
what do they call kim''s trip to russia in the piece
what does "furtive pivot north" mean here
how does the article describe kim heading to russia
what does "pivot north" mean here
what do they call kim''s turn toward russia in the article
what kind of "pivot" does the article call kim''s move toward russia
is kim''s move toward russia kind of on the quiet?
is kim''s russia move kinda sneaky' WHERE key = 'kim_goals.pivot';
UPDATE answer_unit SET learned_examples = 'tell me about kim''s goals for the summit
hi there, I''m prepping a class on this article for tomorrow. can you give me a quick rundown of what kim is hoping to get from putin?
give me a quick overview of what kim wants from putin
can u sum up the whole thing in 2 lines
what is the north korean leader hoping to walk away with from the russian president
Kim''s wish list — how long is it? what''s on it?
what does kim want out of this whole thing
wat does kim even want lol
what''s kim hoping to get out of this
so kim is going to see putin. whats he hoping to get out of it? seems like a big deal
what is the summit about basically
Why Kim want to meet Putin, please explain
ok so i just read this and im confused, why is kim going to russia at all
What Kim want to get from Putin in this meeting?
yo wut is kim tryna get from putin lol
what is kim hoping to get out of this
honestly the idea of putin and kim hanging out gives me the creeps lol. what is kim actually hoping to walk away with from this?
what does kim actually want from putin
what does kim want going into this
what does kim want out of this meeting
what''s kim hoping to get out of this summit
give me the gist
whats kim even want out of this' WHERE key = 'kim_goals.summary';
UPDATE answer_unit SET learned_examples = 'what are kim''s urgent concerns going into the summit
what are kim''s two big urgent worries?
what are kims two big worries going into the summit
whats the most urgent stuff
yo what r kims 2 big problems
what are kim''s two most pressing worries going in?
what are the two things kim is most worried about heading in
what are kim''s most urgent problems
what two things is kim worried about
What is the two urgent concern?
what r kims 2 big worries going in
what are kim''s 2 big worries going in
if you had to sum it up, which two problems does kim most urgently need sorted going into this?
what are kims two main worries going in
what are kim''s two urgent problems
what are kim''s most urgent worries going in
what are kim''s two urgent problems going in
what does kim need most urgently
what are kims two urgent issues
which 2 things are most urgent
what are kim''s two urgent concerns going in
what r the 2 urgent things' WHERE key = 'kim_goals.urgent_concerns';
UPDATE answer_unit SET learned_examples = 'does kim want a win after the trump summit flopped
y does kim want a win so bad
y does kim need a win so bad tbh
does kim need a win from this
is kim looking to score a victory after the trump thing?
does kim need a win from this summit?
why does the guy need a win so badly
does kim need a win here? feels like he does
does kim show up needing a win?
why does everyone keep saying kim needs a ''win'' here? what did he lose?
which meeting between kim and trump flopped, the first or the second?
what does kim need to come away with
why does kim want a win so badly
is kim looking to score a win here?
is kim desperate for a win?' WHERE key = 'kim_goals.win';
UPDATE answer_unit SET learned_examples = 'does kim have a lot he wants from putin?
does kim come with a list of demands?
what''s kim walking in with
what''s kim bringing to the table in terms of demands, a short list or a long one?
does kim come with a lot of asks
so what is kim bringing to the table in terms of asks, is it a short list or what?
is kim coming in with a lot of demands?
is kim showing up with a big list of asks
does kim have a long wish list
kim has a list of demands right?
does kim have a lot he wants from this
does kim have a lot of asks for putin' WHERE key = 'kim_goals.wish_list';
UPDATE answer_unit SET learned_examples = 'how many north korean laborers are there in russia?
how mny NK laborers still work in russia?
are there still more than 10k of them?
how many workers are we talking about?
how many nk workers r still in russia
how many nk workers in russia
how many workers are we talking
nk workers russia how many
how many north korean laborers are there in russia today?
how many nk workers r in russia rn
how many north korean laborers are in russia these days
how many norh korean workres r in russia??
are there over 10k north korean workers in russia still
how many nk workers are in russia right now
how many workers are affected
yo how many nk workers r still in russia
how many NK workers are in russia
how many NK workers are still in russia rn
i read somewhere there are still loads of north korean workers over in russia, roughly how many are still there now?
are there still north korean workers in russia?
how many NK workers r still in russia rn
how many nk laborers are still in russia now
how many north korean workers r in russia
hw many nk laborers r still in russia
how many ppl are affected
how many north korean workers are still in russia according to the article
how many north korean workers are in russia right now
how many workers r we talkin' WHERE key = 'laborers.count';
UPDATE answer_unit SET learned_examples = 'quick q - the workers, r they out by the end of this yr?
workers leaving when
are the workers out by end of this year
are north korean laborers being kicked out of russia?
when do the NK workers have to leave russia?
by the end of when
when are the laborers getting kicked out
by when do the workers have to leave
so are the workers being kicked out this year or next
when do the workers have to be out
when do the rest have to leave
When do the laborers have to leave Russia by?' WHERE key = 'laborers.deadline';
UPDATE answer_unit SET learned_examples = 'What will happen to the laborers once they''re sent back home?
what happens to the north korean workers after they''re sent home
tbh what happens to the workers after they get sent home
what''s going to happen to the workers once they''re kicked out? do they go back to NK?
what happens to the workers once they''re sent back home?
what happens to the workers once they''re sent home
where will the laborers end up after russia
what happens to the workers after they get kicked out, do they go home?
will the workers go back to north korea?
what happen to the laborers after they go home?
sorry if this is dumb, i just saw the bit about the loggers, whats gonna happen to the 10k workers after they get sent home? do they get other jobs or what
what happens to the workers once they''re kicked out
what happens to the workers once they get kicked out
where do the workers go after they get kicked out
what happens to the laborers once theyre sent back
what happens to the workers after they get kicked out
what happens to the north korean workers after they leave russia
what happens to the laborers once they get kicked out?
will the laborers just go work in china instead
what happens to the workers after they get sent home
what happens to the workers once they get sent back
what happens to the workers once theyre sent back to nk
what happens to the workers after they leave' WHERE key = 'laborers.gap_aftermath';
UPDATE answer_unit SET learned_examples = 'how much money do the laborers bring in exactly
whats the exact dollar amount the workers earn for the regime, like to the million?
can you give me an exact number?
exactly how many dollars do the workers earn for the regime
is it like 300 million a year or what
how much does each laborer earn a month
exactly how many millions do the laborers make
can you give me an exact figure though, not some vague range
so whats the exact amount the workers make for kim
exactly how much do the workers earn for the regime
whats the exact number tho
is the worker money like exactly 500 mil?' WHERE key = 'laborers.gap_exact_revenue';
UPDATE answer_unit SET learned_examples = 'commodities guy here - anything in this on timber/logging?
do lots of the workers work in the russian far east
are a lot of the north korean laborers in russia loggers?
where do the nk workers work
do lots of the workers cut timber out in russia''s far east?
Where do most of the North Korean laborers in Russia work?
what kinda jobs do the north korean laborers in russia do
what kind of jobs do the korean laborers do over there
my dad worked in vladivostok in the 90s and says the koreans there were cutting timber. does the article say which sector the NK workers are in these days? would be cool to know
do a lot of them work in logging
where do the NK workers in russia mostly work
what industry do the nk laborers work in
In which part of Russia?
Do many of the laborers work in logging?
wher do the NK workers in russia work
what do the north korean laborers in russia actually do
do a lot of them work in logging in the far east?
do a lot of the workers do logging?
what kind of jobs do the NK laborers have over there
wat industry do the NK guys in russia work in
what industry are the workers mainly in
wat are the laborers doin in russia lol
did the workers do logging?
what do the nk workers do in russia
do many of the north koreans working in russia do logging?
are a lot of the workers loggers' WHERE key = 'laborers.industry';
UPDATE answer_unit SET learned_examples = 'does the kim regime want that money to keep coming?
what does pyongyang want to happen with the workers'' revenue
i was reading about this and honestly i''m a bit confused about the labor thing. does kim actually want the money from the workers to keep coming in, or is he fine losing it? anyway just curious
does kim want to keep the money coming
what does the kim regime want with the money from those workers
Does Kim want the money from the laborers to keep coming in?
kim wants to keep the worker money coming?
does kim want the cash from the workers to keep coming in?
does kim want the money from the workers abroad to keep coming in
does kim want his regime to keep the laborer money coming in?
does kim want that worker money to keep comin' WHERE key = 'laborers.keep_flowing';
UPDATE answer_unit SET learned_examples = 'what was the number before
were there ever as many as 50,000 of them?
how many laborers used to be in russia
Is it accurate that the laborers once numbered as many as 50,000?
how many korean workers were in russia at the peak
were there really as many as 50,000 north korean laborers in russia at one point?
are there fewer NK laborers in russia now than there used to be?
how many north korean laborers were there in russia at the peak
how many workers did russia have at peak
were there really 50000 korean workers in russia at one point
were there more NK workers in russia before?
how many at the high point
How many North Korean laborers were in Russia at the peak?
at the peak how many of those NK workers were there in russia
how many NK laborers did russia have at the peak
so my uncle keeps going on about north korea at dinner and i never know what he means. anyway how many of those workers were in russia at most before all this? he claims like 100k lol
were there once up to 50,000 NK laborers in russia
how many laborers were there at the peak
did the laborers once number 50,000
how many NK workers were in russia before
how many nk laborers were in russia at the peak
how many labourers was there at the most
how many NK laborers used to be in russia?
there used to be up to 50k NK workers in russia?
were there once 50,000 NK workers in russia?
did the laborers once number up to 50,000?
how many north korean workers were in russia at the peak' WHERE key = 'laborers.peak';
UPDATE answer_unit SET learned_examples = 'what is forcing the workers out of russia
was the UN resolution from 2017?
Why are the laborers being sent home from russia?
why are the workers being sent home
is the un resolution kicking the NK workers out of russia from 2017?
why are the workers getting kicked out
did the un pass a sanctions resolution in 2017
why is russia kicking out nk workers
why are the north korean laborers leaving russia
why are the north korean workers getting booted out of russia
Why are North Korean workers being kicked out of Russia?
what is the 2017 UN resolution doing to the NK laborers?
why are they kicking the north korean laborers out
why are the NK workers being thrown out of russia?
why are the north korean workers getting booted from russia
which year''s UN resolution is pushing the workers out
was the un sanctions resolution from 2017
which un resolution is kicking the workers out
which resolution hits the workers
theyre getting kicked out bc of a un resolution?
What sanctions resolution is mentioned in the article?
whats the deal w the 2017 un resolution thing
why r the workers getting kicked out of russia
what happened in 2017
which resolution kicks the workers out
when was the resolution passed
does the UN resolution behind the expulsions date to 2017?
did the sanctions resolution pass in 2017
why are the laborers being sent home
why are north korean workers getting booted from russia
whats the 2017 UN thing about the workers
which resolution is kicking the workers out
when was the UN resolution on the workers
is the UN sanctions resolution from 2017
what did the un do in 2017
which sanctions resolution is kicking out the workers
which year was the un resolution about the workers
why are the north korean workers getting kicked out of russia
did the 2017 un resolution cause the worker expulsions?
what''s kicking the workers out
which year was the un resolution thats kicking the workers out' WHERE key = 'laborers.resolution';
UPDATE answer_unit SET learned_examples = 'how much money do the NK workers generate
who estimated the workers'' revenue
how much money do those workers bring kim
how much do the workers earn for the regime
how much money do the north korean laborers in russia make for the regime
how much money do the workers make for kim
wat about the money from the workers how much
how much money do these laborers bring in for pyongyang
how much money do those laborers make for kim
how much do the workers bring in
did us officials estimate the worker money
how much revenue did the workers generate
how much cash do the labourers send home to the regime
what''s the workers'' wages worth to the regime
do the laborers make money for the regime?
how much money is at stake?
how much $$ do those laborers bring in for pyongyang
how much cash do those workers bring in for pyongyang
how much revenu do the workrs make for the regime
how much money do those laborers bring in
do the workers make a lot of money for kim
how much money do those workers bring in for pyongyang
bro how much money do those workers make for kim
how much money do the workers bring in for kim
was it the americans who said the workers earn hundreds of millions
how much $$ do those labourers bring in for pyongyang?
how much $$ do the laborers make for the regime
why does kim want the workers to stay in russia
did the US estimate the money the laborers bring in?
how much money do those workers make for kim
how much money do those workers make for pyongyang
these workers getting booted from russia, how much money were they making for kim''s government?
how much cash do those workers bring in for the regime
how much money do the laborers bring in
how much money do the NK laborers in russia bring in
how much money do those laborers make for the regime
how much do the workers earn for nk
how much cash do the nk workers in russia bring in for the regime
how much money did the laborers bring in for the regime
who came up with the estimate
do us officials think the laborers earn the regime hundreds of millions?
what are the workers worth to kim
how much $$ do those workers bring in for kim' WHERE key = 'laborers.revenue';
UPDATE answer_unit SET learned_examples = 'whats the deal with the NK laborers in russia
tl;dr on the labor thing
nk laborers in russia?
tell me abt the laborers
What''s happening to the North Korean workers in Russia?
yo whats the deal w the north korean workers in russia
yo what''s the deal w/ the NK loggers in russia
the labor thing, explain
the workers?
explain the workers thing
nk workers in russia, tell me
whats the deal with the labor sanctions
fill me in on the labor issue
can you fill me in on the whole north korean workers in russia thing
who r these NK workers
tell me about the whole workers issue
whats teh deal with the north korean workers in russia
what''s up with the north korean workers in russia
whats happening with the north korean workers in russia
what''s the story with the north korean workers in russia
so the nk workers in russia whats the deal' WHERE key = 'laborers.summary';
UPDATE answer_unit SET learned_examples = 'where in vladivostok will they meet
whats the exact venue in vladivostock
which hotel r they meetin at
where exactly in vladivostock
which building or hotel in vladivostok is hosting it?
which building or venue is hosting it
where in vladivostok is the meeting? which building
where exactly in the city
which venue in vladivostok
where in vladivostok is it
where in vladivostok exactly
which hotel or building in vladivostok is it at
which hotel or building are they meeting in
which building is the summit at
what hotel are they meeting at
whereabouts in the city tho, like what building
where exactly in vladivostok, which building?
which building or venue tho
where in vladivostok is it being held, like which building
which building are they meeting in
where exactly in vladivostok' WHERE key = 'location.gap_venue';
UPDATE answer_unit SET learned_examples = 'where''s the kim putin summit??
wher is the sumit
which russian city is hosting the talks
my dad was watching the news last night and kept going on about kim going to russia. where exactly is this meeting happening? he said moscow but i doubt it
which russian city is hosting kim and putin?
is the summit in vladivostok?
what city is hosting the summit
hey so my uncle keeps going on about this north korea russia thing at dinner, can you tell me where exactly the two leaders are getting together?
where''s the summit happening
ok i just skimmed this on my phone on the bus and got lost halfway through, which city are kim and putin actually meeting in? my friend swears it''s moscow but i doubt it
where are they meeting
so it''s in vladivostok right?
where''s the summit happening? on my phone, didnt read the whole thing
is kim meeting putin in vladivostock?
wher is the sumit hapening
the city''s in russia yeah?
so i keep seeing headlines about kim heading off to see putin, where exactly is this thing happening?
which city''s hosting this thing
ugh just tell me where the stupid meeting is
where''s the kim putin thing
which city are they meeting in
is the summit in pyongyang or vladivostock
why is the summit in tokyo
wher is the summmit
so they''re meeting in vladivostok?
where''s the kim putin summit happening
is the summit in russia or in north korea
wow kim going to russia lol. where''s it at
vladivostok is in russia right?
fine. where is the summit
is putin meeting kim in vladivostok?
yo where is kim meeting the russian guy
is the kim putin summit in vladivostok
where r putin and kim meetin' WHERE key = 'location.place';
UPDATE answer_unit SET learned_examples = 'first time they meet one on one or what
Is the Kim-Putin summit their first one on one?
is this the first time putin and kim are meeting one on one?
is this the first time kim and putin sit down one on one?
what kind of meeting is this, have they done this before
kim & putin first 1 on 1 meeting?
Is this the first one-on-one meeting between Kim and Putin?
is this kim and putin''s first meeting?
is this kim and putin''s first 1 on 1?
so i know kim has met like half the world''s leaders by now, but is this genuinely the first time he and putin sit down just the two of them?
wait this is the 1st time kim n putin meet one on one??
kim meeting putin for the first time??
is this the first time those two meet one on one?
Is this the first time the two of them have met one-on-one?
is this the first time kim and putin are meeting one on one?
is it their first one-on-one?
is this their first time meeting 1 on 1??' WHERE key = 'participants.first_meeting';
UPDATE answer_unit SET learned_examples = 'Who is coming with Kim?
who''s traveling with kim to russia?
whos going with kim to vladivostok
whos coming with kim to vladivostok
who''s in kim''s delegation? any generals or his sister coming along?
who else is coming along with kim
is kim bringing his sister or any ministers
who''s traveling with kim? any ministers?
who is kim bringing with him
who''s going with kim to russia
who is going with kim to the summit
who else is going with kim
is kim bringing his sister
is kim''s wife going with him to russia?
who''s tagging along with kim on this trip? his sister? generals? the foreign minister?
who''s travelling with kim
is moon jae-in coming along?
who is traveling with kim to russia
who''s coming with kim? any ministers?
who''s coming along with kim, like his sister or ministers?
is his sister coming along? who''s in kim''s delegation
who''s coming along with kim
does it say who kim is bringing along?
who is kim taking with him
who''s tagging along w kim to russia' WHERE key = 'participants.gap_delegation';
UPDATE answer_unit SET learned_examples = 'who''s kim meeting with
is kim sitting down with the russian president?
who''s actually meeting here
who is kim meeting with?
who''s going to be at the table?
who is meeting who here?
who is meeting in vladivostok
north korea''s boss is meeting who?
who''s attending
who is kim meeting with this time
who''s meeting who in this story
who''s attending the summit
who''s meeting who' WHERE key = 'participants.leaders';
UPDATE answer_unit SET learned_examples = 'what''s the summit about?
so whats the deal with kim and putin
so what''s this summit in a nutshell
what''s the vladivostok meeting about?
tell me about who''s meeting
give me a quick overview of the meeting
give me the gist of this meeting
tell me about the meeting
whats this summit, who''s in it
remind me who''s meeting who
give me the gist, who''s meeting and why
tell me about the people at the summit
what''s going on with kim and putin
anyway whats the kim putin thing' WHERE key = 'participants.summary';
UPDATE answer_unit SET learned_examples = 'who''s the former russian president mentioned
whos dmitry medvedev
who''s dmitry medvedev? he pops up near the end and i''ve no idea who he is
was medvedev president?
medvedev?? who''s that' WHERE key = 'person.dmitry_medvedev.description';
UPDATE answer_unit SET learned_examples = 'who''s the us president mentioned
who''s donald trump in this article
who is trump here
who is the american president mentioned
what''s trump''s role in the article, who is he
trump is the us president right?
who is donald trump in this
whos donald trump
who is trump in this
who is trump? (just kidding, but how does the article refer to him)
who is donald trump in this story
trump is president of which country
who is donald trump in this article
who''s trump in this article' WHERE key = 'person.donald_trump.description';
UPDATE answer_unit SET learned_examples = 'how many summits with kim
has kim met trump more times than putin?
how many times has trump met kim?
how many times has kim met trump face to face
has kim met trump
wait so kim met trump how many times
how many time kim met with trump?
how many summits has kim had with trump at this point?
how many summits did kim have with trump
how many summits has kim had w trump
how many summits has kim done w trump' WHERE key = 'person.donald_trump.summits_with_kim';
UPDATE answer_unit SET learned_examples = 'kim jong un is kim il sung''s grandson?
who was the korean guy''s grandpa
kim''s grandpa
who''s kim il sung again
who is kim il sung to kim
wait who is kim il sung
is kim jong un the grandson?
who is kim il sung? there are so many kims in this story and i can never keep track of which one is which
whose grandfather was kim il sung?
no wait i meant the grandfather
who''s kim il sung to the current leader
whats kim jong un''s relation to kim il sung' WHERE key = 'person.kim_il_sung.description';
UPDATE answer_unit SET learned_examples = 'is kim jong il kim''s father?
so who exactly is kim''s father
kim''s old man?
Who is Kim Jong Un''s father?
kim jong il who''s that
wait who was kim jong il' WHERE key = 'person.kim_jong_il.description';
UPDATE answer_unit SET learned_examples = 'who''s the north korean guy
who is kim jong un again, remind me
the north korean guy, whats his name
who is kim jong un anyway, like what''s his official title
who''s kim jong un again lol' WHERE key = 'person.kim_jong_un.description';
UPDATE answer_unit SET learned_examples = 'is moon jae-in south korea''s president?
who''s running the south anyway
who''s the south korean president mentioned in the article?
sorry if this is a dumb question but who''s moon jae-in? the name keeps coming up' WHERE key = 'person.moon_jae_in.description';
UPDATE answer_unit SET learned_examples = 'has kim had three summits with moon?
number of summits between kim and moon?
how many summits has kim done with moon
did kim meet moon jae-in three times?
how many sumits w moon
how many times did kim meet the south korean president' WHERE key = 'person.moon_jae_in.summits_with_kim';
UPDATE answer_unit SET learned_examples = 'who''s the russian leader
what''s the russian leader''s name
who''s the russian president?
the guy running russia, who is he
who''s the russian guy exactly
the russian guy in the photo - is he the president?
who is putin tho
is putin the president of russia?
whos putin again lol
is putin russias president?
remind me what putin''s role is' WHERE key = 'person.vladimir_putin.description';
UPDATE answer_unit SET learned_examples = 'who''s the chinese leader mentioned
who''s the chinese leader kim keeps meeting
Who''s the Chinese president mentioned?
the guy running china, who is he
Is the Chinese president Xi Jinping?
sorry who''s xi jinping again
what does xi jinping do
sorry i meant the chinese guy, xi
sorry who is xi again' WHERE key = 'person.xi_jinping.description';
UPDATE answer_unit SET learned_examples = 'so I''ve been following the korea stuff on and off since the singapore thing and I keep losing track - how many times has kim actually met xi jinping by now?
how many sumits with kim
How many summits has Kim had with Xi Jinping?
which leader has kim held the most summits with?
the chinese president — how many times has the NK leader met him?
number of xi-kim summits so far?
how many times has kim sat down with xi
has kim held four summits with xi?
kim met xi 4 times?
how many with the chinese guy?
how many summits with the chinese
how many summits with xi
kim''s met xi four times?
how many times has kim met the chinese leader
how many times has kim sat down with the chinese leader
did kim meet xi 4 times?
how many times has kim met the guy running china
how many summits w xi' WHERE key = 'person.xi_jinping.summits_with_kim';
UPDATE answer_unit SET learned_examples = 'how much experience does putin have dealing with the north koreans
how much has putin dealt with north korean leaders before though?
has putin had dealings with the north korean leadership before?
does putin know north korea well?
how experienced is putin with north korea''s leaders?
how experienced is putin when it comes to dealing with pyongyang''s leaders
is putin experienced with nk leaders
How much experience has President Putin had in dealing with the North Korean leadership?
how much experience does putin have dealing with NK leaders
does putin have much history dealing with north korean leaders, or is this all new territory for him?
how experienced is putin w NK leaders
is putin experienced with north korean leaders?
does putin have much experience dealing with north korean leaders?
is putin experienced with north korea?
has putin got more experience with nk leaders than most?
does putin know the north korean leadership well
has putin dealt w nk leaders before' WHERE key = 'putin_history.experience';
UPDATE answer_unit SET learned_examples = 'did putin himself ever meet the father, kim jong il?
what did putin do in 2001?
where did putin meet kim jong il in 2002
has putin met kim''s father though
did kim''s dad meet putin in vladivostok?
kim jong il and putin met in 2002, where was that
has putin met north korean leaders in vladivostok before?
where and when did putin meet kim jong il
vladivostok 2002
did putin ever meet kim''s father
when did putin meet kim jong il in vladivostok
did kim jong il meet putin in moscow at some point?
tell me about putin and kim jong un''s father
has kim jong il been to vladivostok?
what did putin do in 2002
Kim''s father met Putin in Moscow in 2001, right?
whats putins connection to kims dad
Did Kim Jong Il meet putin in vladivostok in 2002
did putin ever meet kim jong il in vladivostok?
where was the 2002 meeting
who did putin meet in 2001
did putin meet kim jong il in moscow in 2001?
did putin meet kim jong il in 2001?' WHERE key = 'putin_history.kim_jong_il_meetings';
UPDATE answer_unit SET learned_examples = 'whats medvedev got to do with this
has Medvedev ever met a north korean leader?
did medvedev meet kim jong il in 2011?
Did any Russian president besides Putin meet Kim Jong Il?
the former russian president who met kim''s dad in 2011, who was that and where?
medvedev meeting with kim jong il, what year
did medvedev meet kim jong il in vladivostok
was medvedev the one who saw kim jong il in vladivostok back in 2011?
was medvedev''s meeting with kim jong il in 2011?
did kim jong il meet medvedev' WHERE key = 'putin_history.medvedev';
UPDATE answer_unit SET learned_examples = 'has putin ever been to north korea
hey so for a school project i need to know, according to this article, has putin himself ever visited pyongyang? thanks in advance
When was Putin himself in Pyongyang?
did putin ever visit the north himself
when did putin first go to pyongyang
did putin visit north korea in 2000
did putin ever go to pyongyang?
did putin ever go to pyongyang himself? i genuinely can''t picture him walking around there
how long ago was putin''s pyongyang trip compared to this summit
did putin ever go to pyongyang himself
what did putin do in 2000 regarding north korea
which leader visited pyongyang in 2000
whats w putin, has he been to nk' WHERE key = 'putin_history.pyongyang_visit';
UPDATE answer_unit SET learned_examples = 'what''s putin''s history with NK
whats putins history with nk leaders
did putin visit pyongyang before or after he first met kim jong il in moscow?
putin experience with nk?
what''s putin''s track record with north korea
give me the rundown on putin''s past dealings with pyongyang
the russian leader, does he have any history with the kim family?
tell me about putin''s track record with the north korean leaders
summarize putin''s history with north korean leaders
tell me abt putin''s past with north korea
just give me the whole putin-north korea backstory
quick rundown of putin''s history with the kims?
whats putin''s track record with NK leaders
does putin have any history with north korea
what''s putin''s history with north korea
whats the history between putin and north korea
tell me about putin''s past with north korea
tell me about putins past w north korea' WHERE key = 'putin_history.summary';
UPDATE answer_unit SET learned_examples = 'do u think putin will help him
how much will putin help kim?
will putin actually give kim what he wants?
so is putin gonna oblige or nah
will putin help kim out?
can putin even deliver for kim?
is putin gonna go along
so realistically, can putin even give kim what he''s after? russia''s not exactly swimming in money either
will putin actually help kim
is putin gonna help him or not
is putin gonna give kim what he wants
will putin do what kim asks?
whats the outlook for the summit
what can putin actually do for kim' WHERE key = 'putin_outlook.assessment';
UPDATE answer_unit SET learned_examples = 'will kim and putin sign a treaty?
did kim and putin reach any deals at the summit?
so what came out of the summit
will the summit actually change anything
how did the summit go in the end?
how did the summit end
will the meeting be a success
what did kim and putin sign
how''s the summit going to turn out
did kim and putin sign any deals in the end?
so how did the summit end up going
how will the summit end up
will they sign some kind of deal
does the article say what kim and putin agreed on
what did putin say after the summit
is kim going to get sanctions relief from putin
is putin going to give kim money
do u think kim will get what he wants
could the summit fix the food problem?
who do you reckon comes out on top in this summit, kim or putin? my money''s on putin tbh
will kim and putin sign a trade deal?
how did the summit end up going
is putin going to lift sanctions on nk
will russia invest in north korea after this
how will the summit end
does the article say how the summit turns out
what does the article think will happen at the summit
so will kim actually get what he wants out of putin
will they sign some kind of treaty
so how did the summit turn out? did they sign anything
will the summit be a success
who''s gonna come out on top, kim or putin?
how does the article think the summit will turn out
what will the outcome be do u think' WHERE key = 'putin_outlook.gap_outcome';
UPDATE answer_unit SET learned_examples = 'what will russia get out of the summit?
what is putin hoping to get out of this meeting with kim
whats putin getting out of this
does putin want anything from kim
whats the kremlins position on the talks
what''s in it for putin? what is he after
what is putin hoping to get out of this
whats in it for russia tho
what will putin get out of this
what does putin want in return?
what does putin want out of this meeting
what does putin even want
whats putin want out of it
what''s putin getting out of this? surely he''s not just doing kim a favour out of the goodness of his heart
what''s putin getting from this
what''s putin''s goal here
what does putin want out of it
is putin gonna ask for weapons or something
what does putin want out of the summit' WHERE key = 'putin_outlook.gap_putin_goals';
UPDATE answer_unit SET learned_examples = 'does china have a bigger presence in north korea than russia?
how big is russia''s presence inside north korea
how many russian businessmen are in NK compared to chinese ones?
does russia have only a small footprint in north korea
what kind of presence does russia have in nk
does china have more business people in nk than russia does
how big is russia''s presence inside north korea compared to china''s? i''d guess pretty tiny
how big is russia''s footprint in nk vs china''s
compare russia''s and china''s presence in the north
how big is russia''s presence in nk anyway
how do russia and china compare in nk
whats russias footprint like in nk
how is russia''s relationship with NK different from china''s
how big is russia''s footprint in the north compared to china
how big is russia''s presence in the north compared to china
hows russia''s presence in nk compared to china' WHERE key = 'russia_projects.footprint';
UPDATE answer_unit SET learned_examples = 'what big projects have people talked about
have there been talks about a rail route to europe?
what kind of big russia projects were discussed
what big projects have officials been talking about
whats the deal w/ rail routes to europe
what kind of projects have russia and the north talked about
were pipelines ever discussed between russia and north korea?
what kind of big projects have russia and NK talked about
did officials talk about pipelines
what big projects have been talked about between russia and the north
what kind of projects have been floated
Has Russia talked about building a pipeline across Korea?
what''s this about rail routes to europe?
what big projects have russian and korean officials talked about
what projects have been talked about?
rail routes to europe?? whats that about
what big projects have russia and NK talked about over the years
has russia talked about big projects in north korea?
what big projects have ppl talked about for years
what projects has russia talked about with nk
what big projects have ppl talked about
i saw something about pipelines in there?? what was that
were pipelines across the peninsula ever discussed?
whats the russia pipeline thing
any plans for a railway to europe?
what big projects have russia n nk talked abt
were pipelines ever talked about
have officials at least talked up big joint projects?
what big projects have been floated between russia and NK
whats the story with the russia-korea railway ideas
russia and north korea have talked about big joint projects for ages, right? what kind?
what rail projects did russia talk about
what about the pipeline across the korean peninsula
what big projects have russia and the north talked about
what big projects has russia talked about doing with the north
were pipelines ever floated between russia and korea?
whats this about rail routes
what kind of projects were talked about
what big projects has russia talked about with nk
has anyone talked about rail routes to europe thru nk?
was there talk of pipelines across the korean peninsula?
i vaguely remember something about a gas pipeline thru korea, is that in there?
what big projects have been floated between russia and the north
what''s the idea about rail routes with russia
what kinda big projects have they talked about' WHERE key = 'russia_projects.projects';
UPDATE answer_unit SET learned_examples = 'why hasn''t any of the big pipeline stuff actually happened
how keen is putin on the rail and pipeline ideas
i keep hearing about russian-backed railways and gas pipelines through korea for like 20 years now, did any of that actually get built or is it all talk?
why havent those big rail and pipeline projects ever happened' WHERE key = 'russia_projects.putin_interest';
UPDATE answer_unit SET learned_examples = 'russia''s economic role in NK?
summarise russia''s economic presence in the north for me
what''s russia''s footprint in north korea like
explain russia''s presence in north korea
give me an overview of russian projects in north korea
russian projects in nk summary pls
russia''s big projects in the north, whats the story
whats the deal with russias role in nk, summarize pls
explain the russia projects part
tell me about russia''s projects in north korea
whats the story with russia''s big projects in korea
what does russia actually do in nk economically
russia''s economic role in NK, in a nutshell?
overall how involved is russia in the north
what''s the deal with russian projects in the north
whats the overall picture with russian projects in north korea
what has russia done in north korea economically
tell me about russia''s economic presence in north korea
gimme the rundown on russia''s projects in the north
whats the deal with russian projects in NK
give me the gist of russia''s economic involvement in NK
what is russia''s economic presence in the north like
why isn''t russia doing more in north korea
summarize the russia projects part' WHERE key = 'russia_projects.summary';
UPDATE answer_unit SET learned_examples = 'why can''t kim fix the economy?
are sanctions holding back north korea''s economy?
what''s stopping him from fixing the economy
wat r sanctions doing to nk
what are the sanctions doing to north korea
What do sanctions keep Kim from doing?
how are the sanctions hurting kim
what''s keeping kim from fixing his economy
why are sanctions a problem for kim
are sanctions stopping kim from fixing the economy?
how do sanctions affect kim
do sanctions hurt nk''s economy
whats the effect on nk
are the sanctions hurting nk''s economy
how do sanctions screw kim over
what''s stopping kim from fixing his economy
how are the sanctions hurting NK
why are sanctions such a problem for kim
how exactly do the sanctions hurt kim
are sanctions what''s holding back the north korean economy?
whats holding north korea''s economy back' WHERE key = 'sanctions.effect';
UPDATE answer_unit SET learned_examples = 'what sanctons exactly are on north korea
what sanctions are on north korea exactly? list them
what did the 2017 un resolution actually ban
which sanctions exactly are in place on north korea? list them
list the sanctions pls
what sanctions are on nk exactly, list them pls
what exactly do the sanctions cover?
wich sanctions exactly are on north korea
which sanctions are hurting nk
which sanctions exactly are we talking about
what''s in the 2017 UN resolution? list all the sanctions in it
which sanctions are in place exactly
what sanctions exactly r on north korea, list them
what are the santions exactly
which sanctions exactly, like on oil?
what sanctions exactly are on NK, can you list them
which un resolutions are we talking about
what sanctions are on north korea exactly
what sanctions r we talking about
does the article list what the sanctions actually are
can u list the sanctions on north korea pls
which sanctions r we talking about exactly
what sanctions exactly r on nk, like list them' WHERE key = 'sanctions.gap_list';
UPDATE answer_unit SET learned_examples = 'how are kim''s efforts to get sanctions lifted going?
where do things stand with kim trying to get sanctions lifted
what''s the status of kim''s efforts to get sanctions lifted
where are things at with the sanctions?
where do kim''s efforts to escape sanctions stand
hows the sanctions relief going
where do things stand on sanctions right now
why cant kim get out from under the sanctions' WHERE key = 'sanctions.status';
UPDATE answer_unit SET learned_examples = 'sanctions situation?
explain the sanctions part of the story to me
tell me about sanctions and kim
summary of sanctions stuff pls
explain the sanctions on north korea
explain the sanctions
tell me about sanctions
whats goin on w sanctions
can you summarize the sanctions angle
so whats the sanctions situation
ugh my prof assigned this for tomorrow and i skimmed it on the bus, whats the dealio with the sanctions exactly? like in plain words pls
whats the deal w sanctions
explain the sanctions angle
where do things stand for kim with the sanctions right now?
what''s the overall deal with the sanctions and kim''s economy
summarize the sanctions stuff for me
what''s the sanctions situation
gist on the sanctions situation?
whats the gist on the sanctions
whats the deal with sanctions in this story
whats going on with the sanctions
tell me about the sanctions situation
can you explain the sanctions situation
what''s up with the sanctions
tell me abt the sanctions stuff' WHERE key = 'sanctions.summary';
UPDATE answer_unit SET learned_examples = 'what news agency is this from
was the story filed from tokyo?
Is this an AP report?
which news outlet is this from
is it an AP story?
whats the dateline on this
where''s the article from
which news agency is this
which outlet is this from
what news agency wrote this
where''s it datelined
which news agency put this out
where is this article from
good morning! quick q, which news agency is this from
what city is the story datelined
who published this story
what outlet is this from' WHERE key = 'source.agency';
UPDATE answer_unit SET learned_examples = 'reporter name?
really liked this piece, who wrote it? i''d like to follow the reporter
is the writer named anywhere?' WHERE key = 'source.gap_author';
UPDATE answer_unit SET learned_examples = 'when was this published
when was this piece written, do u know the date?
what''s the date on this article
when was this written
cool, when was the article itself published?
did the article come out in april 2019' WHERE key = 'source.gap_written';
UPDATE answer_unit SET learned_examples = 'photo credits pls
who took the photos in the artcle
who took the photos in this article?
who took the photos in the story?
who took the pictures
who took the pic of kim
who took the photos at least
whos dmitri lovetsky
who took the photos for this
the pictures at the top are pretty good, who took them?
who took the photos used in this story?
was evan vucci one of the photographers?
who took the photo?
who took the pics in this story
who took the photo of putin' WHERE key = 'source.photo_credits';
UPDATE answer_unit SET learned_examples = 'where was the kim photo taken?
what date is on the kim jong un photo
where was kim in the picture
where was the picture of kim snapped
was the photo of kim from hanoi in february 2019?
When was the Kim photo taken?
the kim photo at the top, where and when was that shot?
where was the kim picture taken
was the picture of kim taken in hanoi
is the kim photo from hanoi
kim photo was taken in hanoi on feb 28 2019?
where was that picture of kim taken?
where''s kim in the photo
in the file photo where''s kim
what does the photo caption say about kim
kim''s photo was taken in hanoi?
where was kim in the file pic and when' WHERE key = 'source.photo_kim';
UPDATE answer_unit SET learned_examples = 'where was putin photographed in the file photo?
was the putin pic taken in st petersburg
when was the picture of putin taken
where is putin in the pic
which date was putin''s taken?
Was the Putin photo taken in St. Petersburg?
where was the putin pic taken
Was the Putin file photo taken on April 9, 2019?
where was the putin picture taken
where was putin in the picture
where''s putin in the photo
where''s putin in the pic
what''s the date on the putin photo
where was putin in the pic
who''s the guy from the combination photo on the left
was the photo of putin taken in st petersburg?
where was putin''s photo taken
the pic of putin up top, where''s that from
where was putin photographed in the file pic
where was putin in that pic' WHERE key = 'source.photo_putin';
UPDATE answer_unit SET learned_examples = 'give me a quick overview of the story
hey what''s this article about
in ur own words what is this article
what''s this article, like who put it out and what''s it called
what is this article
tokyo? weird for a russia/korea story lol. anyway what''s the piece about overall
whats this article about
what''s this article about in a nutshell
whats the story about' WHERE key = 'source.summary';
UPDATE answer_unit SET learned_examples = 'what''s the headline of this piece?
what is the title of the article
what''s the title of this article
is the headline about kim needing a win?
what''s the headline on this one? want to forward it to my dad
what''s the article''s headline' WHERE key = 'source.title';
UPDATE answer_unit SET learned_examples = 'why won''t the south just go along with kim
whats going on with kim''s korean unity pitch
why won''t the south play along with kim''s unity pitch
why does the us matter for kim''s south korea projects
is seoul allied with washington
why wont the south just do the rail stuff
why is it so tricky for south korea to join kim''s projects
why hasnt seoul gone along with kims projects
why hasnt south korea helped kim fix his railroads' WHERE key = 'south_korea.obstacle';
UPDATE answer_unit SET learned_examples = 'what does kim want from the south
what has kim been pushing seoul to do
what projects does kim want with south korea
is kim pushing the south to help rebuild railroads?
who has kim been pushing to help rebuild nk railroads?
kim wants seoul to help fix railroads?
what kind of joint stuff does kim want from seoul
what''s going on with the inter-korean railway stuff
what''s kim been trying to do with south korea
what did kim want seoul to help build
kim + seoul + railroads?
what were the projects for
my friend said kim wants something from south korea. what does he want? just curious
whats the railroad thing w south korea
what did kim want from seoul
What does the article say about inter-Korean railroads?
did kim ask south korea to help fix railways
what projects does kim want to do with the south
what''s kim been pushing seoul to do
kim wants south korea to help rebuild NK railroads, correct?
what does kim want south korea to do
what did kim push south korea to do
what does kim wanna rebuild with the south, railways?
what is kim asking seoul to do
did kim push the south to rebuild railways together?
what railroads is kim talking about
what is kim pushing south korea to do
is kim trying to get the south to rebuild railroads with him?
kim pushed south korea on what projects
what''s kim trying to do w seoul
what did kim ask south korea to do
what''s kim pushing south korea to do
is kim leaning on seoul to help fix the railroads?
what projects did kim want seoul to join
what shape is the north''s infrastructure in according to the article
what exactly was kim asking the south for
what''s kim trying to do with south korea
what did kim want done with the railroads
what about the south, whats kim been askin seoul for
kim''s been pushing the south for what' WHERE key = 'south_korea.projects';
UPDATE answer_unit SET learned_examples = 'how are things between kim and south korea?
tell me about the inter-korean stuff
whats kim doing with south korea
where does south korea fit into this
what is kim doing with south korea
what''s the deal with south korea in this
kim and south korea, what''s the story there
whats the deal with south korea in all this
give me the south korea angle
what''s the article say about south korea
yo whats the south korea angle in all this
wat''s going on w south korea
whats the deal with south korea
whats going on with south korea in this
ok so where does south korea fit into all of this? i thought the two koreas were getting along lately
what''s happening w south korea in all this
whats going on between kim and the south
what does this mean for south korea
tell me about kim and south korea
what''s going on with south korea
whats going on between the two koreas in all this
where does south korea fit into all this
what''s the deal w nk and south korea in all this' WHERE key = 'south_korea.summary';
UPDATE answer_unit SET learned_examples = 'did the us say anything to seoul
does washington warn seoul about anything
what does washington want from seoul
did the US warn seoul against undermining sanctions?
what did the americans say to seoul?
what has the US told seoul to do or not do
did washington warn seoul against undermining sanctions
did washington warn seoul about undermining sanctions
has washington warned seoul about sanctions
what has washington warned seoul against?
did the us warn south korea about something
whats the US warning seoul about
did the US tell seoul to back off?
is the US warning seoul not to break sanctions
what has the US told the south
what did the US warn south korea about
what did the us tell south korea
did the US tell south korea not to undermine sanctions?
what did washington warn seoul against
did washington warn seoul off?
did the us warn seoul off?' WHERE key = 'south_korea.warning';
UPDATE answer_unit SET learned_examples = 'how many summits has kim done overall?
who has kim met with so far
list all of Kim''s summits with other leaders
how many summits has kim held overall with xi, moon and trump
how many summits has kim had in total with xi moon and trump
kim summit count
has kim met xi jinping more often than trump?
how many summits has kim done with each leader
list all of kim''s summits so far
give me kim''s summit tally with other leaders
how many summits has kim had overall
how many summits has kim done in total with all these leaders
how many summits has kim held with other leaders
how many summits has kim done with xi, moon and trump
summary of all the summits kim''s had?
total summit tally for kim?
give me the full tally of kim''s summits
how many summits has kim had in total lately
how many summits has kim had with xi, moon and trump
tell me about all the summits kim has done
how many summits has kim done with other leaders
who does kim have the most summits with
give me the rundown on all kim''s summits so far
whats the tally with each leader
gimme the rundown on all kims summits' WHERE key = 'summit_count.summary';
UPDATE answer_unit SET learned_examples = 'who got hold of the documents
who found the docs about the trade plan
where does the $1 billion trade figure come from?
where does that $1 billion trade figure come from
where does that 1 billion dollar number come from
who dug up the internal documents
where did the docs about the trade plan come from
what did the japanese newspaper publish
who got the documents
where''d the info on the trade plan come from
what documents r they talking about
who got hold of the internal documents
a north or south korean?
the documents, who got hold of them?
who dug up the documents
i heard kim wants to 10x trade w russia, wheres that from
what did the south korean researcher get ahold of' WHERE key = 'trade_target.evidence';
UPDATE answer_unit SET learned_examples = 'which japanese newspaper ran the kim documents
which newspaper ran the documents
which japanese newspaper published the docs
whats the name of the japanese newspaper that ran the kim documents
which newspaper published those internal documents
which japanese paper ran the documents?
which japanese paper published the kim documents
which japanese newspaper was it' WHERE key = 'trade_target.gap_newspaper';
UPDATE answer_unit SET learned_examples = 'what''s the name of the researcher who found the documents
what''s the south korean researcher called
who''s the south korean researcher who got the documents
who''s the researcher that got hold of the documents
whos the researcher that got the documents' WHERE key = 'trade_target.gap_researcher';
UPDATE answer_unit SET learned_examples = 'what does kim want to do with trade with russia
omg so kim wants 10x trade with russia?? by when
does kim want trade with russia to reach $1 billion by 2020?
whats kim''s trade target with russia
Kim wants to increase trade with Russia to what amount?
what did the leaked documents say about kim and trade
kim wants trade with russia up to $1bn by 2020 right?
kim wants to boost trade w russia by how much
kim wants 10x trade with russia?
Is the trade target set for 2020?
so right now trade between russia and north korea is only about $100 million?
kims trade target with russia
how big is kim''s trade target with russia
kim wants how much trade with russia?
what does kim want for trade with russia
what did the internal documents say kim wants with russia?
What trade target does Kim have with Russia for 2020?
whats the tenfold thing about
how much does kim want to grow trade with russia
reading this for a class presentation tomorrow. can you tell me what the leaked documents say kim wants to do with russian trade and by which year? i need the exact numbers for my slides
does kim want russia trade at a billion dollars by 2020
kim wants to increase trade with russia by how much
so i was reading about this kim putin thing and like, how much does kim actually want to trade with russia, is there a number? idk
$1 billion by 2020, is that kims trade target with russia?
trade target figure?
is kims goal 1 billion in trade with russia by 2020
wats the trade goal
is kim''s goal $1 billion trade by 2020
what trade target does kim have with russia
what''s kim''s trade goal with moscow
what do the leaked internal documents say kim wants
is the trade target 1 billion by 2020
kim wants a tenfold increase in russia trade?
apparently kim wants to massively grow business with russia. what''s the number he''s aiming for?
oh russia. up to how much
whats the trade number kim is aiming for w russia
by how much does kim want to grow trade with russia
is it a tenfold increase kim wants in russia trade?
kim wants to boost trade with russia to what
kim wants 1 billion in trade with russia?
how is trade between north korea and russia going
kim wants to boost trade with russia by how much
kim wants trade with russia up to what?
quick one 🙏 kim wants $1 billion in trade with russia by 2020?
kim wants a billion $ in trade with russia? by when
what does kim want with trade w russia
kim wants to grow trade tenfold to a billion dollars?
hw much does kim wanna grow trade w russia
what''s the trade figure kim is aiming for with russia by 2020
how much does kim want to trade with russia
is the trade goal tenfold
how much does kim want trade w russia to grow
kim wants trade w russia at $1 billion by 2020?' WHERE key = 'trade_target.goal';
UPDATE answer_unit SET learned_examples = 'which newspaper published the internal documents?
were the documents published in a japanese newspaper?
where were the documents about kim''s trade goal published?
where were those internal documents published?
where were the internal documents published?
where did those internal documents get published
when were the docs published
where were the kim documents published
where were the docs published
the documents were published in a japanese paper?' WHERE key = 'trade_target.newspaper';
UPDATE answer_unit SET learned_examples = 'is that trade target even realistic?
is that trade goal realistic
what would it take for kim to hit his trade target
is the 1bn trade goal even realistic
that trade goal sounds crazy ambitious to me. is it realistic at all? what would need to happen
is a 1 billion trade goal even realistic
what would it take for the trade goal to happen
is the $1bn trade target realistic
is that $1bn trade thing even realistic tho 🤔
is the 1 billion trade goal realistic
what would boosting trade need
what would kims trade goal with russia require
1 billion in trade w russia sounds like a stretch tbh. what would it take
what would it take for kim''s trade goal to actually happen
how realistic is kim''s $1 billion trade goal
is that trade goal even realistic lol
is the 10x thing likely to happen' WHERE key = 'trade_target.requires';
UPDATE answer_unit SET learned_examples = 'would russia have to change how it behaves for that trade goal?
what would russia itself have to change for kim''s trade goal to work?
apart from sanctions relief, what else would the trade goal need
would kim''s trade goal need russia to change how it acts
what would the trade target need from moscow''s side
what would russia have to do' WHERE key = 'trade_target.russian_behavior';
UPDATE answer_unit SET learned_examples = 'tell me about the trade plan
break down this whole russia trade plan for me
tell me about kim''s trade plans with russia
trade goal with russia, summarize pls
fill me in on the whole russia trade target thing
whats the deal with the tenfold thing
whats the 1 billion dollar thing
kim''s trade goal with russia, quick summary pls
what''s kim''s trade plan with russia
whats this about kims trade plan with russia
whats the money thing with kim and russia
give me the gist of the trade goal stuff
tell me about kims trade goal
give me the full picture on kim''s trade plans with russia
whats the trade plan with russia
give me the trade plan stuff
kim wants way more trade w russia right? whats the plan
what''s the deal with kim''s trade plans with russia
whats the trade goal and what would it take
the japanese newspaper report, what did it say' WHERE key = 'trade_target.summary';
UPDATE answer_unit SET learned_examples = 'what was kim''s big plan when he came out of isolation
what did kim jong un announce about a year and a half ago?
what did kim plan to do diplomatically
wat did kim announce like a year and a half ago
what was kim''s plan with china and the south
what was kim''s plan when he decided to open up
did kim want to kick off denuclearization talks with washington as part of his plan?
what exactly was kim''s plan when he decided to open up
what did kim announce roughly a year and a half ago
what did kim announce about 18 months back
what was kims big plan a year and a half ago
What was the plan Kim announced?
wat did kim announce a year and a half ago
was part of the plan to open denuclearization talks with washington?
what was kims plan for coming out of isolation
did kim plan to start talks with washington
has kim been holed up this whole time or did he decide at some point to start reaching out to other countries?
when kim kicked off this whole diplomacy tour, who was he planning to talk to?
what was kim''s original plan when he came out of isolation
what was kim''s plan a year and a half ago
did kim plan to come out of isolation' WHERE key = 'why_now.plan';
UPDATE answer_unit SET learned_examples = 'what''s the reason kim is meeting putin right now
is he maybe frustrated about hanoi?
what might be behind the timing
ngl why is kim even meeting putin now
why is kim going to see putin right now?
y is kim ditching trump for putin smh
why is kim going to putin now
ok quick one, why is kim meeting putin now
y is kim meeting putin now
kim had frustrations??
what''s kim frustrated about?
is kim going to russia cause the trump thing failed
what might the timing of the putin meeting say about kim''s mood
why is kim meeting putin now anyway
why is kim going to russia now
how does kim feel after hanoi flopped
is kim meeting putin cuz hes frustrated after hanoi?
is kim meeting putin cuz hanoi failed?
why''s kim cozying up to putin all of a sudden
why is the putin meeting happening now
why is this meeting only happening now
why is kim meeting putin at this point
is kim meeting putin cos he''s frustrated about hanoi?
why is this happening now' WHERE key = 'why_now.reason';
UPDATE answer_unit SET learned_examples = 'is kim now taken seriously on the world stage?
what did the summits do for kim''s image
has all this summitry actually helped kim at all
what did all the summitry get him
is kim seen as a serious player now or what
what has all this summit hopping done for kim''s image
have all these summits helped kim at all
has kim become a big player on the world stage?
did all those summits do anything for kim
has all the summitry helped kim''s standing globally?
how did all those summits help kim''s standing around the world?
has all this diplomacy helped kim''s standing?
has all these summits actually helped kim at all
what has all the summitry achieved for him
did all the summits help kim''s image?
has all the summitry actually done anything for kim
has kim become a serious player on the world stage?
has all this summitry actually done kim any good
how has all the summitry helped kim
has all this summitry done anything for kim
what have all the summits done for kim''s image
has kim become more of a big deal globally from all these summits' WHERE key = 'why_now.serious_player';
UPDATE answer_unit SET learned_examples = 'when did kim announce he was opening up
how long since kim decided to come out of his shell
how long ago did kim announce he''d come out of isolation
when did kim announce his plan to come out of isolation
How long ago did Kim announce he would emerge from isolation?
how long has kim been doing all this diplomacy
how long has kim been doing this whole diplomacy thing
when did kim start this whole diplomacy thing
how long ago did kim announce his big diplomacy push
so how long ago did kim start all this diplomacy
how long since kim started the whole outreach thing
how long since kim started opening up' WHERE key = 'why_now.since';
UPDATE answer_unit SET learned_examples = 'why''s kim trying to shake things up?
whats going on with the talks with the us
kims talks with the us stalled?
what happened to kims talks with the us
what''s happening with kim''s talks with the americans
which of kim''s efforts have stalled?
what has stalled for kim lately
why is kim looking north, didnt he have talks going with the us and south korea?
Why might Kim be looking to shake things up?
whats going on with kim and the south korean investment
whats going on w the us talks
whats happening w the south korea investment stuff
whats the holdup with the us talks
is kim''s diplomacy with the us going anywhere
why is kim turning to russia all of a sudden
hows kims push for south korean investment going
what happened to kim''s campaign to get investment from seoul
how are kim''s talks with the us and south korea going
what about kims push for south korean investment' WHERE key = 'why_now.stalled';
UPDATE answer_unit SET learned_examples = 'bruh why''s this summit only happening now
why is this summit happening at this point
why is kim meeting putin now, after all this time?
can you summarize the why now section
explain the timing of this whole thing
why is this meeting only happening now, give me the gist
explain the why now part
summarize the why now part
Why Kim is going now, what is the reason?
why is this meeting happening now
why is this meeting only happening now? kim''s been doing summits with everybody for ages, seems weird russia comes last
why is this summit happening now
sum up the why now section
summary of the why now part pls
Why now? What''s behind the timing of this summit?
why does the article say the meeting is surprisingly late
whats the deal with the timing of this meeting' WHERE key = 'why_now.summary';
UPDATE answer_unit SET learned_examples = 'how late is this meeting coming
Is the Putin meeting happening surprisingly late?
is the putin meeting early or late
isn''t this meeting coming kinda late?
isn''t this summit kind of late
is this summit happening kind of late?
isnt this meeting kinda late?
is the kim putin meeting happening early or late
feels like this summit is coming super late in kim''s whole diplomacy spree — does the article find the timing surprising too?
how late is this summit compared to his others
seems kinda late in the game no?
isnt this meeting happening kinda late?
is this meeting coming early or late in the game
is this meeting coming early or late compared to his other summits
isnt it kinda late in the game for kim to see putin' WHERE key = 'why_now.timing';
UPDATE answer_unit SET learned_confirmations = '';
UPDATE answer_unit SET learned_confirmations = 'does china have businesspeople in north korea?
Does China have a lot of businessmen in NK?
does china have a lot of business ppl in nk
does china have people on the ground in nk
do chinese businessmen operate in nk
does china have lots of businessmen in nk
does china have a lot of business people in NK
are there lots of chinese business people in north korea?
do chinese business people actually work inside north korea?
does china have a lot of people on the ground in the north?
are there lots of chinese business people in nk?
does china have business people on the ground in nk?
are there a lot of chinese business people in nk?
are there a lot of chinese businessmen in north korea?
does china have businesspeople in nk' WHERE key = 'china.businessmen';
UPDATE answer_unit SET learned_confirmations = 'does north korea depend on china for trade
does nk rely on china
is china still north korea''s main trade partner
is china nk''s main trading partner
does north korea rely mostly on china for trade?
does nk trade a lot w china
does nk depend on china a lot?
does north korea rely on china for trade?
is china north korea''s main trade partner
is china a big deal for north korea''s trade?
china is nk''s biggest trade partner right' WHERE key = 'china.role';
UPDATE answer_unit SET learned_confirmations = 'is kim worried bout beijing getting too much influence over NK?
are officials in pyongyang uneasy about leaning on china so much?
are lots of officials in pyongyang nervous about relying on china?' WHERE key = 'china.worry';
UPDATE answer_unit SET learned_confirmations = 'the summit is on thursday right?
is it happening on thursday
the meeting''s on thursday right?
Is the summit taking place on a Thursday?
meeting''s on thursday right
is the kim-putin thing happening thursday?
meeting is thursday right?
the meeting''s on thursday yeah?' WHERE key = 'date.day';
UPDATE answer_unit SET learned_confirmations = 'does kim mostly care about fixing the economy?
fine. is kim mostly focused on the economy?
is the economy kims top priority?' WHERE key = 'economy.primary_concern';
UPDATE answer_unit SET learned_confirmations = 'To the port of Chongjin?
did the wheat go to chongjin
the wheat went to chongjin right
the wheat went to chongjin?
ok so the wheat went to chongjin?
did the wheat ship to chongjin' WHERE key = 'food_aid.port';
UPDATE answer_unit SET learned_confirmations = 'did russia ship more than 2000 tons of wheat
Checking a figure: Russia said it shipped more than 2,000 tons of wheat?
russia has sent food aid hasn''t it?
was 2,000-plus tons of wheat shipped to chongjin last month?
did russia send any food to north korea?
did russia ship 2,000 tons of wheat?
russia sent food to north korea, right?
did russia send nk any food
was the wheat shipment over 2000 tons
did russia actually send food over to north korea recently? feels like nobody ever talks about that side of things
is it true russia already sent food over
did russia send north korea any food
has russia helped nk lately at all?
is the wheat shipment more than 2000 tons
has russia sent nk any aid lately?
did russia send like 2000 tons?
has russia done anything to help?
did russia send over 2000 tons of wheat?
did russia help out at all' WHERE key = 'food_aid.shipment';
UPDATE answer_unit SET learned_confirmations = 'is north korea worried about a food shortage?
could nk run short of food this summer
could north korea run short on food?
is the food shortage a risk for this summer
is there a food problem in nk right now
could there be a food shortage in nk this summer?
is nk having food problems
is kim worried abt food running out
is NK possibly looking at a food shortage this summer?
is there a chance of a food shortage in the north this summer?
is kim expecting a food shortage
is north korea worried about food running out this summer?
could north korea face a food shortage
could there be a food shortage in the north this summer' WHERE key = 'food_aid.shortage';
UPDATE answer_unit SET learned_confirmations = 'was it announced just last month?' WHERE key = 'food_aid.when';
UPDATE answer_unit SET learned_confirmations = 'has russia generally been open to giving humanitarian aid?
has russia been open to helping?
has russia shown it''s willing to give humanitarian aid
is russia usually up for giving aid?
is russia helping at all
does russia give nk humanitarian aid
has russia been willing to help w aid
is moscow willing to give humanitarian aid to the north?
has russia been willing to help?
is russia willing to help nk with aid?
is russia helping with food?
has russia helped NK with food at all?
is moscow open to giving humanitarian aid?
has russia been willing to give the north humanitarian aid?' WHERE key = 'food_aid.willingness';
UPDATE answer_unit SET learned_confirmations = 'did the hanoi summit make future talks harder?
are both sides digging in now?' WHERE key = 'hanoi_summit.aftermath';
UPDATE answer_unit SET learned_confirmations = 'did the hanoi summit show kim''s limits?' WHERE key = 'hanoi_summit.limitations';
UPDATE answer_unit SET learned_confirmations = 'hanoi ended with no deal, correct?
did the hanoi summit fail?' WHERE key = 'hanoi_summit.outcome';
UPDATE answer_unit SET learned_confirmations = 'was the hanoi summit in february 2019?
fine. did the hanoi summit happen in february' WHERE key = 'hanoi_summit.when';
UPDATE answer_unit SET learned_confirmations = 'did the soviet collapse matter for pyongyang?
did the soviet collapse kill the relationship?
did the ties collapse after 1991
did ties with moscow break down in 1991
did russia pull back from nk after the ussr collapsed?' WHERE key = 'history.collapse';
UPDATE answer_unit SET learned_confirmations = 'did russia end support for soviet allies in 1991?
did russia cut off soviet allies because of its own money problems?
did russia stop supporting nk at some point' WHERE key = 'history.end_support';
UPDATE answer_unit SET learned_confirmations = 'does the relationship go back to the founding of north korea?
does the russia nk relationship go way back?' WHERE key = 'history.foundation';
UPDATE answer_unit SET learned_confirmations = 'my teacher said moscow basically installed kim''s grandfather, is that true?
Does the article say Moscow played a role in bringing Kim Il Sung to power?
kims grandpa was put in power by moscow??
was kim il sung put in power with moscow''s help
did kim''s grandfather get help from moscow?
i find it kinda wild that the russians helped put kim''s grandpa in charge back in the day — is that really what it says?
did moscow put kim il sung in power?
did moscow help put kim jong un''s grandfather in power?
did the soviets help put kim il sung in power?
did the soviets help put kim''s grandpa in power?
did moscow help put grandpa in power' WHERE key = 'history.founding';
UPDATE answer_unit SET learned_confirmations = 'did the soviets help rebuild after the korean war?
did russia help rebuild north korea after the korean war?
The Korean War ended in 1953, correct?
My late husband served in Korea in the fifties so I still follow all this. I read somewhere that the Russians helped rebuild the north after the war, is that right?
korean war was 1950-53 right?
so the korean war ran from 1950 to 1953?
did russia help rebuild nk after the korean war
did moscow help rebuild after the korean war?
did moscow help rebuild north korea after the war?
did moscow help rebuild nk after the korean war
did the korean war end in 1953
the war ran 1950 to 53?
did the soviets help rebuild the north after the war in the 50s?
the korean war was 1950 to 53 right?
the korean war ended in 53 right
was the korean war 1950-53?
did russia help rebuild north korea after the war?
it was russia that helped rebuild nk after the korean war right?' WHERE key = 'history.rebuild';
UPDATE answer_unit SET learned_confirmations = 'does his courting of putin go deeper than the workers and food?
Is Kim''s furtive pivot north about more than just food and workers?' WHERE key = 'kim_goals.deeper';
UPDATE answer_unit SET learned_confirmations = 'is kim trying to get closer to russia
is the article calling this a sneaky turn toward moscow?
is kim''s move toward russia kind of on the quiet?
is kim''s russia move kinda sneaky' WHERE key = 'kim_goals.pivot';
UPDATE answer_unit SET learned_confirmations = 'does kim want a win after the trump summit flopped
does kim need a win from this
is kim looking to score a victory after the trump thing?
does kim need a win from this summit?
does kim need a win here? feels like he does
does kim show up needing a win?
is kim looking to score a win here?
is kim desperate for a win?' WHERE key = 'kim_goals.win';
UPDATE answer_unit SET learned_confirmations = 'does kim have a lot he wants from putin?
does kim come with a list of demands?
is kim coming in with a lot of demands?
is kim showing up with a big list of asks
does kim have a long wish list
kim has a list of demands right?
does kim have a lot he wants from this
does kim have a lot of asks for putin' WHERE key = 'kim_goals.wish_list';
UPDATE answer_unit SET learned_confirmations = 'are there still more than 10k of them?
are there over 10k north korean workers in russia still
are there still north korean workers in russia?' WHERE key = 'laborers.count';
UPDATE answer_unit SET learned_confirmations = 'quick q - the workers, r they out by the end of this yr?
are the workers out by end of this year
are north korean laborers being kicked out of russia?' WHERE key = 'laborers.deadline';
UPDATE answer_unit SET learned_confirmations = 'do lots of the workers work in the russian far east
are a lot of the north korean laborers in russia loggers?
do lots of the workers cut timber out in russia''s far east?
do a lot of them work in logging
Do many of the laborers work in logging?
do a lot of them work in logging in the far east?
do a lot of the workers do logging?
did the workers do logging?
do many of the north koreans working in russia do logging?
are a lot of the workers loggers' WHERE key = 'laborers.industry';
UPDATE answer_unit SET learned_confirmations = 'does the kim regime want that money to keep coming?
does kim want to keep the money coming
Does Kim want the money from the laborers to keep coming in?
kim wants to keep the worker money coming?
does kim want the cash from the workers to keep coming in?
does kim want the money from the workers abroad to keep coming in
does kim want his regime to keep the laborer money coming in?
does kim want that worker money to keep comin' WHERE key = 'laborers.keep_flowing';
UPDATE answer_unit SET learned_confirmations = 'were there ever as many as 50,000 of them?
Is it accurate that the laborers once numbered as many as 50,000?
were there really as many as 50,000 north korean laborers in russia at one point?
are there fewer NK laborers in russia now than there used to be?
were there really 50000 korean workers in russia at one point
were there more NK workers in russia before?
were there once up to 50,000 NK laborers in russia
did the laborers once number 50,000
there used to be up to 50k NK workers in russia?
were there once 50,000 NK workers in russia?
did the laborers once number up to 50,000?' WHERE key = 'laborers.peak';
UPDATE answer_unit SET learned_confirmations = 'was the UN resolution from 2017?
is the un resolution kicking the NK workers out of russia from 2017?
did the un pass a sanctions resolution in 2017
was the un sanctions resolution from 2017
theyre getting kicked out bc of a un resolution?
does the UN resolution behind the expulsions date to 2017?
did the sanctions resolution pass in 2017
is the UN sanctions resolution from 2017
did the 2017 un resolution cause the worker expulsions?' WHERE key = 'laborers.resolution';
UPDATE answer_unit SET learned_confirmations = 'did us officials estimate the worker money
do the laborers make money for the regime?
do the workers make a lot of money for kim
was it the americans who said the workers earn hundreds of millions
did the US estimate the money the laborers bring in?
do us officials think the laborers earn the regime hundreds of millions?' WHERE key = 'laborers.revenue';
UPDATE answer_unit SET learned_confirmations = 'is the summit in vladivostok?
so it''s in vladivostok right?
is kim meeting putin in vladivostock?
the city''s in russia yeah?
so they''re meeting in vladivostok?
vladivostok is in russia right?
is putin meeting kim in vladivostok?
is the kim putin summit in vladivostok' WHERE key = 'location.place';
UPDATE answer_unit SET learned_confirmations = 'Is the Kim-Putin summit their first one on one?
is this the first time putin and kim are meeting one on one?
is this the first time kim and putin sit down one on one?
kim & putin first 1 on 1 meeting?
Is this the first one-on-one meeting between Kim and Putin?
is this kim and putin''s first meeting?
is this kim and putin''s first 1 on 1?
so i know kim has met like half the world''s leaders by now, but is this genuinely the first time he and putin sit down just the two of them?
wait this is the 1st time kim n putin meet one on one??
kim meeting putin for the first time??
is this the first time those two meet one on one?
Is this the first time the two of them have met one-on-one?
is this the first time kim and putin are meeting one on one?
is it their first one-on-one?
is this their first time meeting 1 on 1??' WHERE key = 'participants.first_meeting';
UPDATE answer_unit SET learned_confirmations = 'is kim sitting down with the russian president?' WHERE key = 'participants.leaders';
UPDATE answer_unit SET learned_confirmations = 'was medvedev president?' WHERE key = 'person.dmitry_medvedev.description';
UPDATE answer_unit SET learned_confirmations = 'trump is the us president right?' WHERE key = 'person.donald_trump.description';
UPDATE answer_unit SET learned_confirmations = 'has kim met trump more times than putin?
has kim met trump' WHERE key = 'person.donald_trump.summits_with_kim';
UPDATE answer_unit SET learned_confirmations = 'kim jong un is kim il sung''s grandson?
is kim jong un the grandson?' WHERE key = 'person.kim_il_sung.description';
UPDATE answer_unit SET learned_confirmations = 'is kim jong il kim''s father?' WHERE key = 'person.kim_jong_il.description';
UPDATE answer_unit SET learned_confirmations = 'is moon jae-in south korea''s president?' WHERE key = 'person.moon_jae_in.description';
UPDATE answer_unit SET learned_confirmations = 'has kim had three summits with moon?
did kim meet moon jae-in three times?' WHERE key = 'person.moon_jae_in.summits_with_kim';
UPDATE answer_unit SET learned_confirmations = 'the russian guy in the photo - is he the president?
is putin the president of russia?
is putin russias president?' WHERE key = 'person.vladimir_putin.description';
UPDATE answer_unit SET learned_confirmations = 'Is the Chinese president Xi Jinping?' WHERE key = 'person.xi_jinping.description';
UPDATE answer_unit SET learned_confirmations = 'has kim held four summits with xi?
kim met xi 4 times?
kim''s met xi four times?
did kim meet xi 4 times?' WHERE key = 'person.xi_jinping.summits_with_kim';
UPDATE answer_unit SET learned_confirmations = 'has putin had dealings with the north korean leadership before?
does putin know north korea well?
is putin experienced with nk leaders
is putin experienced with north korean leaders?
does putin have much experience dealing with north korean leaders?
is putin experienced with north korea?
has putin got more experience with nk leaders than most?
does putin know the north korean leadership well
has putin dealt w nk leaders before' WHERE key = 'putin_history.experience';
UPDATE answer_unit SET learned_confirmations = 'did putin himself ever meet the father, kim jong il?
has putin met kim''s father though
did kim''s dad meet putin in vladivostok?
has putin met north korean leaders in vladivostok before?
did putin ever meet kim''s father
did kim jong il meet putin in moscow at some point?
has kim jong il been to vladivostok?
Kim''s father met Putin in Moscow in 2001, right?
Did Kim Jong Il meet putin in vladivostok in 2002
did putin ever meet kim jong il in vladivostok?
did putin meet kim jong il in moscow in 2001?
did putin meet kim jong il in 2001?' WHERE key = 'putin_history.kim_jong_il_meetings';
UPDATE answer_unit SET learned_confirmations = 'has Medvedev ever met a north korean leader?
did medvedev meet kim jong il in 2011?
Did any Russian president besides Putin meet Kim Jong Il?
did medvedev meet kim jong il in vladivostok
was medvedev the one who saw kim jong il in vladivostok back in 2011?
was medvedev''s meeting with kim jong il in 2011?
did kim jong il meet medvedev' WHERE key = 'putin_history.medvedev';
UPDATE answer_unit SET learned_confirmations = 'has putin ever been to north korea
hey so for a school project i need to know, according to this article, has putin himself ever visited pyongyang? thanks in advance
did putin ever visit the north himself
did putin visit north korea in 2000
did putin ever go to pyongyang?
did putin ever go to pyongyang himself? i genuinely can''t picture him walking around there
did putin ever go to pyongyang himself
whats w putin, has he been to nk' WHERE key = 'putin_history.pyongyang_visit';
UPDATE answer_unit SET learned_confirmations = 'does china have a bigger presence in north korea than russia?
does russia have only a small footprint in north korea
does china have more business people in nk than russia does' WHERE key = 'russia_projects.footprint';
UPDATE answer_unit SET learned_confirmations = 'have there been talks about a rail route to europe?
were pipelines ever discussed between russia and north korea?
did officials talk about pipelines
Has Russia talked about building a pipeline across Korea?
has russia talked about big projects in north korea?
were pipelines across the peninsula ever discussed?
any plans for a railway to europe?
were pipelines ever talked about
have officials at least talked up big joint projects?
were pipelines ever floated between russia and korea?
has anyone talked about rail routes to europe thru nk?
was there talk of pipelines across the korean peninsula?
i vaguely remember something about a gas pipeline thru korea, is that in there?' WHERE key = 'russia_projects.projects';
UPDATE answer_unit SET learned_confirmations = 'are sanctions holding back north korea''s economy?
are sanctions stopping kim from fixing the economy?
do sanctions hurt nk''s economy
are the sanctions hurting nk''s economy
are sanctions what''s holding back the north korean economy?' WHERE key = 'sanctions.effect';
UPDATE answer_unit SET learned_confirmations = 'was the story filed from tokyo?
Is this an AP report?
is it an AP story?' WHERE key = 'source.agency';
UPDATE answer_unit SET learned_confirmations = 'was evan vucci one of the photographers?' WHERE key = 'source.photo_credits';
UPDATE answer_unit SET learned_confirmations = 'was the photo of kim from hanoi in february 2019?
was the picture of kim taken in hanoi
is the kim photo from hanoi
kim photo was taken in hanoi on feb 28 2019?
kim''s photo was taken in hanoi?' WHERE key = 'source.photo_kim';
UPDATE answer_unit SET learned_confirmations = 'was the putin pic taken in st petersburg
Was the Putin photo taken in St. Petersburg?
Was the Putin file photo taken on April 9, 2019?
was the photo of putin taken in st petersburg?' WHERE key = 'source.photo_putin';
UPDATE answer_unit SET learned_confirmations = 'is the headline about kim needing a win?' WHERE key = 'source.title';
UPDATE answer_unit SET learned_confirmations = 'is seoul allied with washington' WHERE key = 'south_korea.obstacle';
UPDATE answer_unit SET learned_confirmations = 'is kim pushing the south to help rebuild railroads?
kim wants seoul to help fix railroads?
did kim ask south korea to help fix railways
kim wants south korea to help rebuild NK railroads, correct?
what does kim wanna rebuild with the south, railways?
did kim push the south to rebuild railways together?
is kim trying to get the south to rebuild railroads with him?
is kim leaning on seoul to help fix the railroads?' WHERE key = 'south_korea.projects';
UPDATE answer_unit SET learned_confirmations = 'did the us say anything to seoul
did the US warn seoul against undermining sanctions?
did washington warn seoul against undermining sanctions
did washington warn seoul about undermining sanctions
has washington warned seoul about sanctions
did the us warn south korea about something
did the US tell seoul to back off?
is the US warning seoul not to break sanctions
did the US tell south korea not to undermine sanctions?
did washington warn seoul off?
did the us warn seoul off?' WHERE key = 'south_korea.warning';
UPDATE answer_unit SET learned_confirmations = 'has kim met xi jinping more often than trump?' WHERE key = 'summit_count.summary';
UPDATE answer_unit SET learned_confirmations = 'does kim want trade with russia to reach $1 billion by 2020?
kim wants trade with russia up to $1bn by 2020 right?
kim wants 10x trade with russia?
Is the trade target set for 2020?
so right now trade between russia and north korea is only about $100 million?
does kim want russia trade at a billion dollars by 2020
$1 billion by 2020, is that kims trade target with russia?
is kims goal 1 billion in trade with russia by 2020
is kim''s goal $1 billion trade by 2020
is the trade target 1 billion by 2020
kim wants a tenfold increase in russia trade?
is it a tenfold increase kim wants in russia trade?
kim wants 1 billion in trade with russia?
quick one 🙏 kim wants $1 billion in trade with russia by 2020?
kim wants to grow trade tenfold to a billion dollars?
is the trade goal tenfold
kim wants trade w russia at $1 billion by 2020?' WHERE key = 'trade_target.goal';
UPDATE answer_unit SET learned_confirmations = 'were the documents published in a japanese newspaper?
the documents were published in a japanese paper?' WHERE key = 'trade_target.newspaper';
UPDATE answer_unit SET learned_confirmations = 'would russia have to change how it behaves for that trade goal?
would kim''s trade goal need russia to change how it acts' WHERE key = 'trade_target.russian_behavior';
UPDATE answer_unit SET learned_confirmations = 'did kim want to kick off denuclearization talks with washington as part of his plan?
was part of the plan to open denuclearization talks with washington?
did kim plan to start talks with washington
did kim plan to come out of isolation' WHERE key = 'why_now.plan';
UPDATE answer_unit SET learned_confirmations = 'is he maybe frustrated about hanoi?
is kim going to russia cause the trump thing failed
is kim meeting putin cuz hes frustrated after hanoi?
is kim meeting putin cuz hanoi failed?
is kim meeting putin cos he''s frustrated about hanoi?' WHERE key = 'why_now.reason';
UPDATE answer_unit SET learned_confirmations = 'is kim now taken seriously on the world stage?
is kim seen as a serious player now or what
have all these summits helped kim at all
has kim become a big player on the world stage?
did all those summits do anything for kim
has all the summitry helped kim''s standing globally?
has all this diplomacy helped kim''s standing?
did all the summits help kim''s image?
has all the summitry actually done anything for kim
has kim become a serious player on the world stage?
has kim become more of a big deal globally from all these summits' WHERE key = 'why_now.serious_player';
UPDATE answer_unit SET learned_confirmations = 'kims talks with the us stalled?' WHERE key = 'why_now.stalled';
UPDATE answer_unit SET learned_confirmations = 'Is the Putin meeting happening surprisingly late?
isn''t this meeting coming kinda late?
is this summit happening kind of late?
isnt this meeting kinda late?
feels like this summit is coming super late in kim''s whole diplomacy spree — does the article find the timing surprising too?
seems kinda late in the game no?
isnt this meeting happening kinda late?
isnt it kinda late in the game for kim to see putin' WHERE key = 'why_now.timing';
