"""Words and first names that show a person's sex: titles, kin and role words ("Mrs.",
"granddaughter", "spokesman"), and common first names by gender, to tell "he" from "she"
when the text does not."""

from __future__ import annotations

__all__ = ["BIRTH_ORDERS", "ELDER_ORDERS", "FEMALE", "FEMALE_NAMES", "MALE", "MALE_NAMES"]

#: Words that show a man (titles, roles, kin).
MALE: frozenset[str] = frozenset(
    """
    mr he him his himself man men boy father son brother uncle husband grandfather nephew
    king prince lord sir spokesman chairman councilman congressman assemblyman policeman
    great-uncle actor businessman sportsman grandson stepson stepfather boyfriend fiance
    widower godfather frenchman englishman welshman irishman dutchman scotsman pope emperor
    """.split()
)
#: Words that show a woman.
FEMALE: frozenset[str] = frozenset(
    """
    mrs ms miss she her hers herself woman women girl mother daughter sister aunt wife
    grandmother niece queen princess lady dame spokeswoman chairwoman councilwoman
    congresswoman assemblywoman policewoman great-aunt actress businesswoman sportswoman
    granddaughter stepdaughter stepmother girlfriend fiancee widow godmother frenchwoman
    englishwoman welshwoman irishwoman dutchwoman scotswoman empress
    """.split()
)
#: Words that tell siblings (or a parent and child) apart by age: "the younger Thornton",
#: "his older brother"; :data:`ELDER_ORDERS` those that say the elder.
BIRTH_ORDERS: frozenset[str] = frozenset("older oldest elder eldest younger youngest".split())
ELDER_ORDERS: frozenset[str] = frozenset("older oldest elder eldest".split())
#: Common first names by gender, to tell "he" from "she" when the text does not.
MALE_NAMES: frozenset[str] = frozenset(
    """
    aaron abdul abdel adam ahmed alan albert alex alexander alfonse ali andrew angel anthony
    antonio armando arthur barnett ben benjamin bill billy bob boris brian bruce carl carlos
    charles chris christopher chuck dan daniel dave david dean dennis don donald doug douglas
    ed eddie edward eliot elias elian enrique eric ernesto eugene felipe fernando fidel frank
    fred gary george gerald gordon greg gregory hans harry hassan henry howard hugo ian igor
    ivan jack jacob jakaya jalal james jan janos javier jeb jeff jeffrey jens jerry jesse jim
    joe john jon jonas jorge jose joseph josh juan julio karl keith kenneth ken kevin lamen
    larry lars lazaro lech lee leo lincoln lou louis luis manny manuel marco mario mark martin
    matt matthew michael miguel mike mikhail mohammed muhammad neal nelson nick omar oscar
    pablo paul pedro peter philip rafael ralph ramon raul ray raymond ricardo richard rob
    robert roberto roger ron ronald roy sam samuel scott serge sergei slobodan spencer stanley
    stephen steve steven thomas tim timothy tom tony vaclav victor vladimir walter wayne
    william yasser yevgeny dean delfin osama moammar jens ahmed anders
    adrian aidan alain alastair alberto aleksandr alexei alfred allan alvin amir andre andrei
    andres andy angus antoine antony arnold arturo ashton austin barack barry benoit bernard
    bernie bjorn blake boyd bradley brady brandon brendan brent brett bryan byron caleb calvin
    cameron carter cedric chad charlie christian clarence claude clifford clint clinton cody
    colin conor connor craig curtis dale damian damien darren darryl declan derek devon dimitri
    dmitry dominic donovan drew duncan dustin dylan edgar edmund eduardo elijah elliot emmanuel
    erik ethan evan ezra farid felix francis francisco franklin fraser freddie gabriel gareth
    gavin geoffrey gerard gilbert glen glenn graham grant guillaume gustavo guy hamid harold
    harvey hector herbert hiroshi hunter ibrahim isaac ismail jackson jake jamal jared
    jason jay jean-claude jean-pierre jeremy jerome jimmy joel joey jonathan jordan josef joshua
    julian justin kamal kareem keir ken kenji kent khalid kirk kurt kyle lamar lance landon
    laurent lawrence leon leonard lewis liam lionel logan lorenzo lucas luke malcolm marc marcel
    marcus mario marshall mason mathieu maurice max maxime mitch mitchell mohamed mustafa
    narendra nathan nathaniel neil nicholas nicolas niall noah norman olaf oliver olivier owen
    patrick perry phil philippe pierre preston quentin randy reza ricky rishi rodney rodrigo
    rory ross rowan russell ryan salman santiago saul sean sebastian seth shane shawn sidney
    simon stefan stuart sunil tariq ted terrence terry theodore todd travis trevor troy tyler
    umar vincent vivek volodymyr wade warren wes wesley xavier yusuf zachary zack
    francois stephane luc yves sylvain sebastien frederic denis gilles rejean jacques rene
    michel normand gaetan ghislain yannick jean-francois jean-philippe jean-sebastien jean-marc
    jean-guy jean-yves pierre-luc marc-andre louis-philippe francois-philippe
    """.split()  # (the last lines: French and Quebec names the US census lacks or miscounts)
)
FEMALE_NAMES: frozenset[str] = frozenset(
    """
    alice amy ana angela ann anna anne barbara betty carla carmen carol caroline caridad
    catherine christine claire claudia diana doris dorothy elena elizabeth elisabeth ellen
    emily emma eva georgina gloria hannah helen ingrid isabel jane janet jeanne jennifer
    jessica joan juanita julia karen kate kelli laura lena linda lisa lucia madeleine margaret
    maria mariela marilynn marisleysis marsha mary maureen megan mia michelle monica nancy
    natalia nelsy nina ninoska olga patricia paula petra rachel raquel rebecca rosa rosalind
    ruth sandra sara sarah sharon sonia sophie susan teresa victoria wendy yolanda zoe aisha
    denise hillary madeleine nadia irina tatiana
    abigail adriana agnes aileen alexandra alexis alicia alison allison alyssa amanda amelia
    andrea angelica angelina anita annette antonia april ashley audrey barbra beatriz belinda
    bernadette beth bethany beverly bonnie brenda bridget brittany brooke camila candace
    carly carolina carolyn cassandra cecilia celine chantal charlotte chelsea cheryl chloe
    christina chrystia cindy colleen connie courtney crystal cynthia daisy daniela danielle
    dawn deborah debra deirdre delphine diane dolores donna edith eileen elaine eleanor elise
    eliza ella eloise esther ethel eugenia evelyn farah fatima fiona florence frances francine
    gabriela gabrielle gail genevieve gina giselle grace gwen haley harriet hazel heather heidi
    holly ileana imelda irene iris isabella isabelle jacqueline jacinda jasmine jenna
    jenny jill jillian jo joanna joanne jocelyn josephine joy joyce judith judy julie juliet
    justine kamala kara katherine kathleen kathryn kathy katie kayla kelly kimberly
    kirsten kristen kristin kristyn kylie lara leah leila lillian lily lindsay lindsey lois
    loretta lorraine louise lucy lydia lynn mackenzie madison mai marcia margarita marguerite
    marianne marie marilyn marion marjorie marlene martha melanie melinda melissa meredith
    miranda miriam molly nadine naomi natalie natasha nicole noor nora norma olivia pamela
    patty paulette pauline peggy penelope penny phyllis priya priyanka rana regina renee rhonda
    rita roberta rosemary roxanne sabrina sally samantha sandra shannon sheila shelley
    sherry shirley simone sofia stacy stephanie sue suzanne sylvia tamara tammy tanya tara
    theresa tiffany tina tracy valerie vanessa vera veronica virginia vivian whitney yasmin
    yvonne zainab
    josee nathalie sylvie martine helene lucie karine manon annie emilie veronique
    marie-claude marie-eve marie-josee marie-france anne-marie ginette johanne lise chantale
    """.split()
)
