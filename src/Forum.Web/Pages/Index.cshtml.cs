using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Forum.Web.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {

    }
}
