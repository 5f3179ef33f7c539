/**
 * Common given names by the gender they usually mark, so that "she" skips a recent Karl and "he"
 * a recent Ana. Source: the most frequent given names in English-language news (US Social Security
 * and UK ONS lists) plus names frequent in international news. Ambiguous names are left out; a
 * name not listed constrains nothing.
 */
const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const FEMALE_NAMES = list(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy shirley angela helen anna ana brenda pamela nicole emma samantha
  katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
  joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
  jacqueline frances gloria ann teresa kathryn sara janice alice madison doris abigail julia
  judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
  isabella charlotte rose alexis kayla hillary hilary nikki sonia angela theresa merkel ursula
  nancy elena sofia fatima aisha leila layla yasmin nadia irina olga svetlana natalia tatiana
  marine ségolène christiane ingrid greta kamala condoleezza madeleine samantha susana carmen
  lucia isabel beatriz claudia valentina gabriela fernanda camila daniela mariana paula lola
  megyn rachel dana huma donna debbie elizabeth melania ivanka chelsea tulsi nikki carly sheryl
  michele jill hope priya anjali sunita indira benazir aung jacinda theresa`);

export const MALE_NAMES = list(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
  jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
  samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
  henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
  harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
  albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip
  louis barack bernie bernard mitt ted marco jeb chris rand mike mitch newt rick ben
  vladimir sergei sergey dmitry viktor boris igor ivan alexei mikhail bashar hafez ali mohammed
  muhammad mohamed ahmed ahmad hassan hussein omar khalid abdullah ibrahim recep tayyip emmanuel
  francois françois nicolas jacques angelo giuseppe matteo silvio narendra rahul imran
  nawaz shinzo yoshihide benjamin bibi yair naftali mahmoud ismail hamid karl hans
  friedrich olaf helmut gerhard wolfgang klaus jürgen pedro carlos luis miguel antonio manuel
  javier francisco jorge diego fernando ricardo eduardo alejandro andrés nicolás hugo evo lula
  jair zouhir imtiaz`);
