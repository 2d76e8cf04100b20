# only a comment

   
	
# another
